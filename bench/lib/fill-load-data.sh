# The load test's data, for the scripts that measure at its size (bench/load.sh,
# bench/home-page.sh): sourced after bench/lib/start-app.sh (psql_db, $db), with $first the
# first customer id and $1 the number of users per partner the distributor script makes.
#   100,000 customers (90% Contoso Distribution's, every twentieth shared with Fabrikam),
#   1,000,000 subscriptions, 1,000 partners, one customer with 10,000 users.
fill_load_data() {
    local users=$1
    contoso=$(psql_db -c "SELECT id FROM partner WHERE mpn_id = '1000001'")
    fabrikam=$(psql_db -c "SELECT id FROM partner WHERE mpn_id = '2000001'")
    echo "filling $db: customers, subscriptions, partners, users (about a minute)"
    psql_db -v count=100000 -v partner="$contoso" -v other="$fabrikam" -v first_id="$first" -f bench/lib/fill-customers.sql
    psql_db -v partner="$contoso" -v few=10 -v many=10000 -f bench/lib/fill-customer-users.sql
    psql_db -v provider="$contoso" -v reseller="$fabrikam" -v first_id="$first" -v customers=100000 -v per_customer=10 \
        -v users="$users" -f bench/lib/fill-distributor.sql
}
