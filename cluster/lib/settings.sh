# Names and paths shared by the cluster scripts (sourced from the project root).
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -1)
payara=cluster/target/payara6
domains=$payara/glassfish/domains
domain=partnerhub-cluster
domain_dir=$domains/$domain
nodes_dir=$payara/glassfish/nodes/localhost-$domain
config=partnerhub-config
group=partnerhub
asadmin_bare=$payara/bin/asadmin
asadmin() {
    "$asadmin_bare" --port 14848 "$@"
}
# The HTTP port of instance <i> (1, 2, ...): its port base 15000 + 100 i, plus 80.
instance_port() {
    echo $((15080 + 100 * $1))
}
