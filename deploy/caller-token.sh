#!/usr/bin/env bash
# A caller JWT (HS256) for trying several instances by hand: signed with the instances' shared
# Authentication:SigningKey, for their Authentication:Issuer and Audience. Production callers bring their identity
# provider's tokens instead. Needs only bash, openssl and coreutils.
# Usage: SIGNING_KEY=base64 deploy/caller-token.sh SUBJECT [ISSUER (graphapi-local)] [AUDIENCE (graphapi)] [HOURS (12)]
set -euo pipefail
subject=${1:?usage: SIGNING_KEY=base64 $0 SUBJECT [ISSUER] [AUDIENCE] [HOURS]}
issuer=${2:-graphapi-local}
audience=${3:-graphapi}
hours=${4:-12}
: "${SIGNING_KEY:?set SIGNING_KEY to the Authentication:SigningKey of the instances (base64)}"
case "$subject$issuer$audience" in *[\"\\]*) echo "subject, issuer and audience may not contain quotes or backslashes" >&2; exit 2 ;; esac

b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"%s","iss":"%s","aud":"%s","iat":%d,"nbf":%d,"exp":%d}' "$subject" "$issuer" "$audience" "$now" "$now" $((now + hours * 3600)) | b64url)
key_hex=$(printf %s "$SIGNING_KEY" | base64 -d | od -An -v -tx1 | tr -d ' \n')
signature=$(printf %s "$header.$payload" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
