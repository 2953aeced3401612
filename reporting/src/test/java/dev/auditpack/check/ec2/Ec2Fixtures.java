package dev.auditpack.check.ec2;

/** Evidence shapes of the EC2 network collectors for tests, as DescribeSecurityGroups and DescribeNetworkAcls return them. */
final class Ec2Fixtures {

    static final String ACCOUNT = dev.auditpack.check.LockerFixture.ACCOUNT;

    private Ec2Fixtures() {}

    static String groups(String... groups) {
        return "{'SecurityGroups':[" + String.join(",", groups) + "]}";
    }

    /** A group in vpc-1 with the given inbound and outbound permissions. */
    static String group(String id, String name, String inbound, String outbound) {
        return "{'GroupId':'" + id + "','GroupName':'" + name + "','VpcId':'vpc-1','OwnerId':'" + ACCOUNT + "',"
                + "'Description':'test','IpPermissions':[" + inbound + "],'IpPermissionsEgress':[" + outbound + "]}";
    }

    /** A TCP/UDP permission from the given IPv4 and IPv6 ranges. */
    static String rule(String protocol, int from, int to, String... cidrs) {
        return "{'IpProtocol':'" + protocol + "','FromPort':" + from + ",'ToPort':" + to + "," + ranges(cidrs) + "}";
    }

    /** An all-traffic permission (protocol -1, no ports), as AWS returns it. */
    static String all(String... cidrs) {
        return "{'IpProtocol':'-1'," + ranges(cidrs) + "}";
    }

    /** An all-traffic permission from another security group. */
    static String allFromGroup(String group) {
        return "{'IpProtocol':'-1','IpRanges':[],'Ipv6Ranges':[],'PrefixListIds':[],'UserIdGroupPairs':[{'GroupId':'"
                + group + "','UserId':'" + ACCOUNT + "'}]}";
    }

    private static String ranges(String... cidrs) {
        StringBuilder v4 = new StringBuilder();
        StringBuilder v6 = new StringBuilder();
        for (String c : cidrs) {
            StringBuilder to = c.contains(":") ? v6 : v4;
            to.append(to.isEmpty() ? "" : ",")
                    .append(c.contains(":") ? "{'CidrIpv6':'" + c + "'}" : "{'CidrIp':'" + c + "'}");
        }
        return "'IpRanges':[" + v4 + "],'Ipv6Ranges':[" + v6 + "],'PrefixListIds':[],'UserIdGroupPairs':[]";
    }
}
