#!/usr/bin/env bash
# Backs up Tether's database to a gzip file named with the time (UTC):
#   scripts/backup.sh [folder]            (default folder: ./backups)
# One consistent snapshot taken inside a single transaction while Tether keeps running
# (mariadb-dump --single-transaction; all Tether tables are InnoDB), with routines, triggers
# and binary columns as hex. The dump names no database, so it can be restored under any
# name (scripts/restore.sh). Connection settings: see scripts/db-settings.sh. Prints the
# file's path on its last line.
set -euo pipefail
umask 077
. "$(dirname "$0")/db-settings.sh"

out_dir=${1:-./backups}
dump=$(find_tool mariadb-dump mysqldump) || die "mariadb-dump not found (install mariadb-client or set MARIADB_BIN)"
resolve_db_settings
mkdir -p "$out_dir"
file="$out_dir/tether-$DB_NAME-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
[ -e "$file" ] && die "$file exists already"
partial="$file.partial"

echo "Backing up $(describe_target) with $(basename "$dump") ..." >&2
started=$(date +%s%N)
# --defaults-extra-file must come first. --no-tablespaces: the application account needs no
# PROCESS right. No --databases: the dump carries no CREATE DATABASE or USE.
"$dump" --defaults-extra-file="$DB_OPTIONS" --single-transaction --routines --triggers \
  --hex-blob --no-tablespaces --skip-lock-tables --default-character-set=utf8mb4 "$DB_NAME" \
  | gzip -c >"$partial" || { rm -f "$partial"; die "the dump failed; nothing written"; }
gzip -t "$partial" || { rm -f "$partial"; die "the written file does not read back"; }
# A complete dump ends with mariadb-dump's "Dump completed" line.
gzip -dc "$partial" | tail -n 1 | grep -q "Dump completed" || { rm -f "$partial"; die "the dump is incomplete"; }
mv "$partial" "$file"
echo "Wrote $(du -h "$file" | cut -f1) in $(( ($(date +%s%N) - started) / 1000000 )) ms" >&2
echo "$file"
