package dev.auditpack.emulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * CloudFront's {@code ListDistributions} as AWS answers it, which moto only half does: moto's summaries carry
 * the id, ARN, status and domain name but none of the distribution's configuration (origins, cache behaviours,
 * viewer certificate). The stub speaks the real wire protocol as the API reference (2020-05-31) defines it:
 * REST-XML, {@code GET /2020-05-31/distribution?Marker=&MaxItems=}, answering a {@code DistributionList} with
 * {@code Marker}, {@code NextMarker}, {@code MaxItems}, {@code IsTruncated}, {@code Quantity} and
 * {@code Items/DistributionSummary}. The distributions themselves come from moto, seeded through its real
 * {@code CreateDistribution}: the stub lists them there and fills each summary from moto's
 * {@code GetDistribution}, under the caller's own credential headers. moto marks every distribution as using
 * CloudFront's default certificate even when an ACM or IAM certificate is given, and writes ARNs without
 * their empty region field; the stub reports what AWS would: the default certificate only when no other is
 * named, and {@code arn:aws:cloudfront::<account>:distribution/<id>}.
 */
public final class CloudFrontStub implements Stub {

    private static final String PATH = "/2020-05-31/distribution";
    private static final String NS = "http://cloudfront.amazonaws.com/doc/2020-05-31/";
    /** What a summary copies from the distribution itself, then from its configuration, in the API's order. */
    private static final List<String> FROM_DISTRIBUTION =
            List.of("Id", "ARN", "Status", "LastModifiedTime", "DomainName");

    private static final List<String> FROM_CONFIG = List.of(
            "Aliases",
            "Origins",
            "OriginGroups",
            "DefaultCacheBehavior",
            "CacheBehaviors",
            "CustomErrorResponses",
            "Comment",
            "PriceClass",
            "Enabled",
            "ViewerCertificate",
            "Restrictions",
            "WebACLId",
            "HttpVersion",
            "IsIPV6Enabled");

    private final Upstream upstream;
    private final URI moto;
    private volatile int pageSize = 100;

    CloudFrontStub(Upstream upstream, URI moto) {
        this.upstream = upstream;
        this.moto = moto;
    }

    /** Distributions per page at most, whatever {@code MaxItems} asks (AWS may return fewer than asked, too). */
    public CloudFrontStub pageSize(int size) {
        pageSize = size;
        return this;
    }

    public void clear() {
        pageSize = 100;
    }

    @Override
    public boolean answers(GatewayRequest request) {
        return "cloudfront".equals(request.service())
                && "GET".equals(request.method())
                && PATH.equals(request.rawPath());
    }

    @Override
    public GatewayResponse answer(GatewayRequest request, Caller caller) throws IOException {
        GatewayResponse listed = upstream.send(moto, get(request, PATH));
        if (listed.status() != 200) {
            return listed;
        }
        List<String> ids = new ArrayList<>();
        for (Element summary : children(parse(listed.body()).getDocumentElement(), "Items", "DistributionSummary")) {
            ids.add(child(summary, "Id").getTextContent());
        }
        int max;
        try {
            max = Integer.parseInt(request.query().getOrDefault("MaxItems", "100"));
        } catch (NumberFormatException e) {
            return invalidArgument("MaxItems must be a number");
        }
        String marker = request.query().getOrDefault("Marker", "");
        Pages.Page<String> page;
        try {
            page = Pages.page(ids, marker, Math.min(max, pageSize));
        } catch (Pages.InvalidToken e) {
            return invalidArgument("Invalid Marker");
        }
        Document out = newDocument();
        Element list = out.createElementNS(NS, "DistributionList");
        out.appendChild(list);
        add(out, list, "Marker", marker);
        page.nextToken().ifPresent(t -> add(out, list, "NextMarker", t));
        add(out, list, "MaxItems", Integer.toString(max));
        add(out, list, "IsTruncated", Boolean.toString(page.nextToken().isPresent()));
        add(out, list, "Quantity", Integer.toString(page.items().size()));
        Element items = out.createElementNS(NS, "Items");
        list.appendChild(items);
        for (String id : page.items()) {
            GatewayResponse got = upstream.send(moto, get(request, PATH + "/" + id));
            if (got.status() != 200) {
                return got;
            }
            Element summary = summary(out, parse(got.body()).getDocumentElement());
            Element arn = child(summary, "ARN");
            if (arn != null) {
                arn.setTextContent("arn:aws:cloudfront::" + caller.account() + ":distribution/" + id);
            }
            items.appendChild(summary);
        }
        return GatewayResponse.of(200, "text/xml", serialise(out), Map.of());
    }

    /** A DistributionSummary from moto's Distribution and its DistributionConfig. */
    private static Element summary(Document out, Element distribution) {
        Element summary = out.createElementNS(NS, "DistributionSummary");
        Element config = child(distribution, "DistributionConfig");
        for (String name : FROM_DISTRIBUTION) {
            copy(out, summary, child(distribution, name));
        }
        for (String name : FROM_CONFIG) {
            copy(out, summary, config == null ? null : child(config, name));
        }
        Element certificate = child(summary, "ViewerCertificate");
        if (certificate != null) {
            boolean own = !text(certificate, "ACMCertificateArn").isEmpty()
                    || !text(certificate, "IAMCertificateId").isEmpty();
            Element byDefault = child(certificate, "CloudFrontDefaultCertificate");
            if (byDefault != null) {
                byDefault.setTextContent(Boolean.toString(!own));
            }
        }
        add(out, summary, "Staging", "false");
        return summary;
    }

    private static void copy(Document out, Element parent, Element from) {
        if (from != null) {
            parent.appendChild(out.importNode(from, true));
        }
    }

    private static void add(Document out, Element parent, String name, String value) {
        Element e = out.createElementNS(NS, name);
        e.setTextContent(value);
        parent.appendChild(e);
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().strip();
    }

    private static List<Element> children(Element root, String list, String item) {
        List<Element> out = new ArrayList<>();
        Element items = child(root, list);
        if (items != null) {
            for (Node n = items.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && item.equals(e.getLocalName())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** A GET to moto at {@code path} under the caller's credential headers. */
    private static GatewayRequest get(GatewayRequest request, String path) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : List.of("Authorization", "X-Amz-Date", "X-Amz-Security-Token")) {
            if (request.header(name) != null) {
                headers.put(name, List.of(request.header(name)));
            }
        }
        return new GatewayRequest("GET", path, null, headers, null, request.scope());
    }

    private static GatewayResponse invalidArgument(String message) {
        return GatewayResponse.of(
                400,
                "text/xml",
                "<?xml version=\"1.0\"?><ErrorResponse xmlns=\"" + NS + "\"><Error>"
                        + "<Type>Sender</Type><Code>InvalidArgument</Code><Message>" + message + "</Message></Error>"
                        + "<RequestId>stub</RequestId></ErrorResponse>",
                Map.of());
    }

    private static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("moto's CloudFront answer is not XML: " + e.getMessage(), e);
        }
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serialise(Document doc) {
        try {
            StringWriter out = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
