#!/usr/bin/env bash
# Adds a migration for both engines from the one model: scripts/add-migration.sh <Name>
# (The namespace follows the output folder; passing --namespace makes EF misplace the model snapshot.)
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for engine in Sqlite Postgres; do
  dotnet dotnet-ef migrations add "$name" \
    --project src/Minsheng.Server --startup-project src/Minsheng.Server \
    --context "${engine}MinshengDbContext" \
    --output-dir "Infrastructure/Data/Migrations/${engine}"
done
