#!/usr/bin/env bash
# Runs csp-enrollment-realm.json on a real Keycloak without Docker and checks the tokens it issues:
# each client gets exactly its scopes with sub = its client id, a scope it lacks is invalid_scope,
# a wrong secret is 401, a reviewer logging in to the console (PKCE) gets the reviewer scopes only
# with sub = reviewer, and the compose health check command answers.
#   ./mvnw -q -N dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:26.5.6:zip -DoutputDirectory=/tmp
#   unzip -q /tmp/keycloak-quarkus-dist-26.5.6.zip -d /tmp
#   JAVA_HOME=/path/to/jdk21+ deploy/keycloak/check-realm.sh /tmp/keycloak-26.5.6
# Needs curl, python3 and openssl; uses ports 8180 and 9180.
set -euo pipefail
KC_HOME=${1:?usage: check-realm.sh KEYCLOAK_HOME}
HERE=$(cd "$(dirname "$0")" && pwd)
I=http://localhost:8180/realms/csp-enrollment
WORK=$(mktemp -d)
rm -rf "$KC_HOME/data" && mkdir -p "$KC_HOME/data/import" && cp "$HERE/csp-enrollment-realm.json" "$KC_HOME/data/import/"
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=dev-admin "$KC_HOME/bin/kc.sh" start-dev --import-realm \
  --http-port=8180 --http-management-port=9180 --hostname=http://localhost:8180 --hostname-backchannel-dynamic=true \
  --health-enabled=true > "$WORK/keycloak.log" 2>&1 &
KC_PID=$!
trap 'kill $KC_PID 2>/dev/null; wait $KC_PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 180); do curl -fs http://localhost:9180/health/ready >/dev/null 2>&1 && break; sleep 1; done

failures=0
check() { if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: expected '$3', got '$2'"; failures=$((failures + 1)); fi; }
claims() {  # token response on stdin -> "sub|sorted scopes|aud"
  python3 -c 'import json,sys,base64
t=json.load(sys.stdin); p=t["access_token"].split(".")[1]; c=json.loads(base64.urlsafe_b64decode(p+"="*(-len(p)%4)))
print(c.get("sub"), " ".join(sorted(c.get("scope","").split())), c.get("aud"), sep="|")'
}
sorted_words() { tr ' ' '\n' <<< "$1" | sort | tr '\n' ' ' | sed 's/ $//'; }
ALL='enrollments.write enrollments.read reviews.read reviews.write directory.write bureau.write notifications.read operations.write privacy.write'
REVIEWER='openid profile reviews.read reviews.write enrollments.read notifications.read'

check "compose health check" "$(bash -c "exec 3<>/dev/tcp/127.0.0.1/9180 && printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 && grep -q '\"UP\"' <&3 && echo up")" up
check "upstream-portal, client_secret_basic" "$(curl -s -u upstream-portal:upstream-portal-secret -d grant_type=client_credentials \
  -d 'scope=enrollments.write enrollments.read' $I/protocol/openid-connect/token | claims)" "upstream-portal|enrollments.read enrollments.write|csp-enrollment-api"
check "upstream-portal, client_secret_post" "$(curl -s -d client_id=upstream-portal -d client_secret=upstream-portal-secret \
  -d grant_type=client_credentials -d 'scope=enrollments.write' $I/protocol/openid-connect/token | claims)" "upstream-portal|enrollments.write|csp-enrollment-api"
check "operator-cli, every scope" "$(curl -s -u operator-cli:operator-cli-secret -d grant_type=client_credentials \
  --data-urlencode "scope=$ALL" $I/protocol/openid-connect/token | claims)" "operator-cli|$(sorted_words "$ALL")|csp-enrollment-api"
check "a scope the client lacks" "$(curl -s -u upstream-portal:upstream-portal-secret -d grant_type=client_credentials \
  -d scope=operations.write $I/protocol/openid-connect/token | python3 -c 'import json,sys; print(json.load(sys.stdin)["error"])')" invalid_scope
check "a wrong secret" "$(curl -s -o /dev/null -w '%{http_code}' -u upstream-portal:wrong -d grant_type=client_credentials \
  $I/protocol/openid-connect/token)" 401

# the reviewer logs in to the console, which asks for every scope
JAR=$WORK/cookies; VERIFIER=$(openssl rand -hex 32); REDIRECT=http://localhost:8085/login/oauth2/code/identity-provider
CHALLENGE=$(printf %s "$VERIFIER" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=')
FORM=$(curl -s -c "$JAR" -b "$JAR" -G "$I/protocol/openid-connect/auth" --data-urlencode response_type=code \
  --data-urlencode client_id=operator-console --data-urlencode "redirect_uri=$REDIRECT" --data-urlencode "scope=openid profile $ALL" \
  --data-urlencode state=s1 --data-urlencode "code_challenge=$CHALLENGE" --data-urlencode code_challenge_method=S256)
ACTION=$(grep -o 'action="[^"]*"' <<< "$FORM" | head -1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')
CALLBACK=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' -d username=reviewer -d password=reviewer "$ACTION")
CODE=$(sed 's/.*[?&]code=\([^&]*\).*/\1/' <<< "$CALLBACK")
check "reviewer through the console" "$(curl -s -u operator-console:operator-console-secret -d grant_type=authorization_code \
  --data-urlencode "code=$CODE" --data-urlencode "redirect_uri=$REDIRECT" --data-urlencode "code_verifier=$VERIFIER" \
  $I/protocol/openid-connect/token | claims)" "reviewer|$(sorted_words "$REVIEWER")|csp-enrollment-api"

echo "$((7 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
