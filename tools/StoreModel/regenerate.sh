#!/usr/bin/env bash
# Regenerates the store's compiled models (src/Host/CompiledModels/Sqlite and PostgreSql) after an entity
# configuration changed; StoreCompiledModelTests fails until they match. Needs the dotnet-ef tool at the EF version:
#   dotnet tool install --global dotnet-ef --version 10.0.11
# The generated assembly attribute is removed: it would give one provider's model to both, so the host chooses the model
# of its provider itself (Data/DataServiceCollectionExtensions.cs). If a change leaves the old models uncompilable (a
# removed property), point UseModel away from them in that file while regenerating.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build tools/StoreModel -nologo -v q -p:ReportGraphSkipWeb=true
for provider in Sqlite PostgreSql; do
  out=src/Host/CompiledModels/$provider
  rm -rf "$out"
  dotnet ef dbcontext optimize --no-build --project src/Host --startup-project tools/StoreModel --context ReportGraphDbContext \
    --output-dir "CompiledModels/$provider" --namespace "ReportGraph.Host.CompiledModels.$provider" -- "$provider"
  rm -f "$out/ReportGraphDbContextAssemblyAttributes.cs"
done
