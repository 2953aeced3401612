#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian or Ubuntu machine: checks Java, installs or checks the tools the
# tests read the outputs with and the AWS emulator they start, then runs `./mvnw -B verify`.
# Arguments go to Maven, e.g. `./test.sh -Dmaven.repo.local=/tmp/repo`. When something is missing and cannot
# be installed here, one line names it and the script exits 1 before any build.
set -euo pipefail
cd "$(dirname "$0")"

missing() {
  echo "test.sh: $*" >&2
  exit 1
}

# Installs Debian packages when this user is root or may use sudo without a password; fails otherwise.
apt_install() {
  local runner=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then runner=(sudo -n); else return 1; fi
  fi
  command -v apt-get >/dev/null 2>&1 || return 1
  "${runner[@]}" apt-get update -qq >/dev/null 2>&1 || true
  "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 || return 1
}

# Java 17 or newer, with the compiler (a JDK, not a JRE).
command -v java >/dev/null 2>&1 || missing "java is not on PATH: install a JDK 17 or newer (apt-get install openjdk-17-jdk-headless)"
java_version=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
[ "${java_version%%.*}" -ge 17 ] 2>/dev/null \
  || missing "java ${java_version:-of unknown version} is on PATH, but the build needs Java 17 or newer"
command -v javac >/dev/null 2>&1 || missing "javac is not on PATH: install a JDK 17 or newer, not only a JRE"

# Independent readers the tests check the outputs with: poppler (pdfsig, pdfdetach, pdftotext, pdftoppm),
# openssl and sha256sum.
poppler=(pdfsig pdfdetach pdftotext pdftoppm)
absent() { for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || printf '%s ' "$tool"; done; }
packages=()
[ -z "$(absent "${poppler[@]}")" ] || packages+=(poppler-utils)
[ -z "$(absent openssl)" ] || packages+=(openssl)
[ -z "$(absent sha256sum)" ] || packages+=(coreutils)
if [ ${#packages[@]} -gt 0 ]; then
  apt_install "${packages[@]}" \
    || missing "$(absent "${poppler[@]}" openssl sha256sum)is missing and cannot be installed here (needs root or sudo and apt-get: apt-get install ${packages[*]})"
  left=$(absent "${poppler[@]}" openssl sha256sum)
  [ -z "$left" ] || missing "${left}is still not on PATH after apt-get install ${packages[*]}"
fi

# The AWS emulator the tests start and stop themselves, and cfn-lint for the deployment template. Both come
# from pip's moto[server]; Debian packages neither, and the suite cannot install them.
command -v moto_server >/dev/null 2>&1 \
  || missing "moto_server is not on PATH: install moto with its server (pip install 'moto[server]')"
python3 -c 'import moto, flask, flask_cors' 2>/dev/null \
  || missing "python3 cannot import moto, flask and flask_cors, which moto_server needs: pip install 'moto[server]'"
command -v cfn-lint >/dev/null 2>&1 \
  || missing "cfn-lint is not on PATH: it comes with moto's server extra (pip install 'moto[server]' or pip install cfn-lint)"

exec ./mvnw -B verify "$@"
