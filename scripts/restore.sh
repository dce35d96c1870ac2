#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database:
#   scripts/restore.sh tether-tether-20250101T020000Z.sql.gz
# The target is named by the same settings as the backup (scripts/db-settings.sh), e.g.
# TETHER_DB_NAME=tether_restored. It is created when missing (the account then needs the
# CREATE right) and the script refuses a database that already has tables, so it never
# mixes two states. Stop Tether (or point it elsewhere) while restoring its own database.
set -euo pipefail
. "$(dirname "$0")/db-settings.sh"

[ $# -eq 1 ] || die "usage: $0 <backup.sql.gz>"
file=$1
[ -r "$file" ] || die "cannot read $file"
gzip -t "$file" || die "$file is not a readable gzip file"
client=$(find_tool mariadb mysql) || die "mariadb client not found (install mariadb-client or set MARIADB_BIN)"
resolve_db_settings

sql() { "$client" --defaults-extra-file="$DB_OPTIONS" --batch --skip-column-names -e "$1"; }
exists=$(sql "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '$DB_NAME'")
if [ "$exists" = 0 ]; then
  sql "CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
else
  tables=$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
  [ "$tables" = 0 ] || die "$DB_NAME has $tables tables: restore only into an empty database"
fi

echo "Restoring $file into $(describe_target) ..." >&2
started=$(date +%s%N)
gzip -dc "$file" | "$client" --defaults-extra-file="$DB_OPTIONS" --binary-mode "$DB_NAME" \
  || die "the restore failed part way: drop $DB_NAME before trying again"
tables=$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
echo "Restored $tables tables in $(( ($(date +%s%N) - started) / 1000000 )) ms" >&2
