#!/usr/bin/env bash
# Prepares a WildFly installation to run Partner Hub, from files Maven has downloaded:
#   install-wildfly.sh <wildfly-dist.zip> <eclipselink.jar> <directory> [<ear to deploy>]
# The result is <directory>/wildfly: the unpacked distribution with EclipseLink added to
# WildFly's own org.eclipse.persistence module (WildFly ships only the integration code,
# jipijapa, and Hibernate) and the server settings of configure.cli. Nothing outside
# <directory> is touched; running it again starts from a fresh copy.
set -euo pipefail

dist_zip=$1
eclipselink_jar=$2
target=$3
ear=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
home="$target/wildfly"

command -v unzip >/dev/null || { echo "install-wildfly.sh needs unzip (e.g. apt-get install unzip)" >&2; exit 1; }
rm -rf "$home" "$target/wildfly-unpacking"
mkdir -p "$target/wildfly-unpacking"
unzip -q "$dist_zip" -d "$target/wildfly-unpacking"
mv "$target"/wildfly-unpacking/wildfly-* "$home"
rmdir "$target/wildfly-unpacking"

module="$home/modules/system/layers/base/org/eclipse/persistence/main"
jipijapa=$(cd "$module" && ls jipijapa-eclipselink-*.jar)
cp "$eclipselink_jar" "$module/"
sed -e "s/@JIPIJAPA_JAR@/$jipijapa/" -e "s/@ECLIPSELINK_JAR@/$(basename "$eclipselink_jar")/" \
    "$here/eclipselink-module.xml" > "$module/module.xml"

"$home/bin/jboss-cli.sh" --file="$here/configure.cli" > "$target/wildfly-configure.log" 2>&1 \
    || { cat "$target/wildfly-configure.log"; exit 1; }
if [ -n "$ear" ]; then
    cp "$ear" "$home/standalone/deployments/"
fi
echo "WildFly for Partner Hub prepared in $home"
