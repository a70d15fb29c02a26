#!/usr/bin/env bash
# Back up the site (database + uploaded media), restore both into a fresh database and media folder,
# and check that every table has the same number of rows afterwards.
#
#   bench/backup_restore.sh [SOURCE_DB] [MEDIA_ROOT]
#
# SOURCE_DB defaults to bench_small on $PG (postgres://postgres@127.0.0.1:5432); MEDIA_ROOT to var/media.
# The backup is written to var/backup/<db>-<timestamp>/ (database.dump in pg_dump's custom format,
# media.tar.gz); the restore goes to the database <db>_restore and var/backup/.../media-restored/, both
# replaced if they exist. The same two commands restore a real backup:
#   pg_restore --no-owner --dbname=<new database> database.dump
#   tar -xzf media.tar.gz -C <MEDIA_ROOT>
set -euo pipefail

PG=${PG:-postgres://postgres@127.0.0.1:5432}
SOURCE_DB=${1:-bench_small}
MEDIA_ROOT=${2:-var/media}
TARGET_DB="${SOURCE_DB}_restore"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="var/backup/${SOURCE_DB}-${STAMP}"
mkdir -p "$OUT" "$MEDIA_ROOT"

echo "Backing up ${SOURCE_DB} and ${MEDIA_ROOT} to ${OUT}/"
pg_dump --format=custom --no-owner --file="$OUT/database.dump" "$PG/$SOURCE_DB"
tar -czf "$OUT/media.tar.gz" -C "$MEDIA_ROOT" .
ls -l "$OUT"

echo "Restoring into ${TARGET_DB} and ${OUT}/media-restored/"
psql "$PG/postgres" -v ON_ERROR_STOP=1 -qc "DROP DATABASE IF EXISTS \"$TARGET_DB\"" -c "CREATE DATABASE \"$TARGET_DB\""
pg_restore --no-owner --exit-on-error --dbname="$PG/$TARGET_DB" "$OUT/database.dump"
mkdir -p "$OUT/media-restored"
tar -xzf "$OUT/media.tar.gz" -C "$OUT/media-restored"

# Exact row counts of every table in the public schema, one "table count" line each.
count_rows() {
    psql "$PG/$1" -Atq -c "
        SELECT format('SELECT %L || '' '' || count(*) FROM %I;', tablename, tablename)
        FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename" | psql "$PG/$1" -Atq
}
count_rows "$SOURCE_DB" > "$OUT/counts-source.txt"
count_rows "$TARGET_DB" > "$OUT/counts-restored.txt"
source_files=$(cd "$MEDIA_ROOT" && find . -type f | sort | xargs -r sha256sum | sha256sum)
restored_files=$(cd "$OUT/media-restored" && find . -type f | sort | xargs -r sha256sum | sha256sum)

tables=$(wc -l < "$OUT/counts-source.txt")
rows=$(awk '{ total += $2 } END { print total + 0 }' "$OUT/counts-source.txt")
if ! diff -u "$OUT/counts-source.txt" "$OUT/counts-restored.txt"; then
    echo "FAIL: row counts differ between ${SOURCE_DB} and ${TARGET_DB} (diff above)" >&2
    exit 1
fi
if [ "$source_files" != "$restored_files" ]; then
    echo "FAIL: restored media files differ from ${MEDIA_ROOT}" >&2
    exit 1
fi
echo "OK: ${tables} tables, ${rows} rows and $(find "$MEDIA_ROOT" -type f | wc -l) media files restored identically."
