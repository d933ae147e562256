#!/usr/bin/env bash
# Deploys template.yaml with the AWS SAM CLI: builds the function jars (CodeUri points at them),
# then `sam deploy` uploads them and creates or updates the stack.
#   scripts/deploy.sh STAGE [PARAMETER=VALUE ...]
#   e.g. scripts/deploy.sh dev JwtIssuer=https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc \
#                              JwtAudience=5example7clientid SpaOrigin=https://app.example.org
# For LocalStack, export AWS_ENDPOINT_URL=http://localhost:4566 (and use samlocal, or sam with that endpoint).
set -euo pipefail
cd "$(dirname "$0")/.."
stage=${1:?usage: scripts/deploy.sh STAGE [PARAMETER=VALUE ...]}
shift
command -v sam >/dev/null 2>&1 || { echo "the AWS SAM CLI is required: https://docs.aws.amazon.com/serverless-application-model/" >&2; exit 1; }
source scripts/jdk.sh
mvn -B -q -ntp package -DskipTests -pl functions/api -am
sam validate --lint --template-file template.yaml || true # advisory: cfn-lint lags behind SnapStart/HttpApi features
sam deploy --template-file template.yaml --stack-name "nexusgen-$stage" --resolve-s3 \
  --capabilities CAPABILITY_IAM --no-fail-on-empty-changeset \
  --parameter-overrides "Stage=$stage" "$@"
