# Shared by backup.sh and restore.sh (sourced, not run): works out how to reach Tether's
# MariaDB from environment variables, and writes a private client options file so the
# password never appears on a command line.
#
#   SPRING_DATASOURCE_URL        jdbc:mariadb://host:port/database (the URL the app uses)
#   TETHER_DB_HOST, TETHER_DB_PORT, TETHER_DB_NAME   override the parts of the URL
#   TETHER_DB_SOCKET             connect over this Unix socket instead of TCP
#   SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD   the account
#   TETHER_DB_USER, TETHER_DB_PASSWORD                       override the account
#   TETHER_DATA_DIR              the embedded database's folder (default ./data): without an
#                                account above, it is read from db-credentials.properties
#                                there; without a URL, the running embedded server is found
#   TETHER_EMBEDDED_DB_DATA_DIR  its database files, when not in $TETHER_DATA_DIR/mariadb
#   MARIADB_BIN                  folder holding mariadb/mariadb-dump (default: the PATH)

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# The first of the named programs found in MARIADB_BIN, else on the PATH.
find_tool() {
  local name
  for name in "$@"; do
    if [ -n "${MARIADB_BIN:-}" ] && [ -x "$MARIADB_BIN/$name" ]; then echo "$MARIADB_BIN/$name"; return 0; fi
  done
  for name in "$@"; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
  done
  return 1
}

# A property from a Java .properties file (simple key=value lines, as Tether writes them).
read_property() {
  sed -n "s/^$2[[:space:]]*=[[:space:]]*//p" "$1" | head -n 1
}

# The port of a running MariaDB server whose data folder is $1 (the embedded server picks a
# free port at each start). Linux only: reads /proc.
embedded_port() {
  local want=$1 pid args i arg datadir port
  for pid in /proc/[0-9]*; do
    [ -r "$pid/cmdline" ] || continue
    mapfile -d '' -t args <"$pid/cmdline" 2>/dev/null || continue
    case "${args[0]:-}" in *mariadbd|*mysqld) ;; *) continue;; esac
    datadir="" port=""
    for ((i = 1; i < ${#args[@]}; i++)); do
      arg=${args[i]}
      case "$arg" in
        --datadir=*) datadir=${arg#--datadir=};;
        --datadir) datadir=${args[i + 1]:-};;
        --port=*) port=${arg#--port=};;
        --port) port=${args[i + 1]:-};;
      esac
    done
    if [ -n "$port" ] && [ "$(realpath -m "$datadir")" = "$(realpath -m "$want")" ]; then
      echo "$port"; return 0
    fi
  done
  return 1
}

resolve_db_settings() {
  local url=${SPRING_DATASOURCE_URL:-} rest hostport data_dir=${TETHER_DATA_DIR:-./data}
  DB_HOST="" DB_PORT="" DB_NAME=""
  if [ -n "$url" ]; then
    case "$url" in jdbc:mariadb://*|jdbc:mysql://*) ;; *) die "SPRING_DATASOURCE_URL is not a jdbc:mariadb:// URL";; esac
    rest=${url#jdbc:*://}
    hostport=${rest%%/*}
    hostport=${hostport%%,*}
    DB_NAME=${rest#*/}
    DB_NAME=${DB_NAME%%\?*}
    DB_HOST=${hostport%%:*}
    [ "$hostport" != "$DB_HOST" ] && DB_PORT=${hostport##*:}
  fi
  DB_HOST=${TETHER_DB_HOST:-${DB_HOST:-127.0.0.1}}
  DB_PORT=${TETHER_DB_PORT:-${DB_PORT:-}}
  DB_NAME=${TETHER_DB_NAME:-${DB_NAME:-tether}}
  DB_SOCKET=${TETHER_DB_SOCKET:-}
  if [ -z "$url" ] && [ -z "$DB_PORT" ] && [ -z "$DB_SOCKET" ]; then
    DB_PORT=$(embedded_port "${TETHER_EMBEDDED_DB_DATA_DIR:-$data_dir/mariadb}") \
      || die "no SPRING_DATASOURCE_URL and no running embedded database for $data_dir (start Tether, or set TETHER_DB_PORT)"
  fi
  DB_PORT=${DB_PORT:-3306}
  [[ "$DB_NAME" =~ ^[A-Za-z0-9_]+$ ]] || die "database name '$DB_NAME' must be letters, digits and _"

  if [ -n "${TETHER_DB_USER:-}" ]; then
    DB_USER=$TETHER_DB_USER DB_PASSWORD=${TETHER_DB_PASSWORD:-}
  elif [ -n "${SPRING_DATASOURCE_USERNAME:-}" ]; then
    DB_USER=$SPRING_DATASOURCE_USERNAME DB_PASSWORD=${SPRING_DATASOURCE_PASSWORD:-}
  elif [ -r "$data_dir/db-credentials.properties" ]; then
    DB_USER=$(read_property "$data_dir/db-credentials.properties" username)
    DB_PASSWORD=$(read_property "$data_dir/db-credentials.properties" password)
  else
    die "no account: set SPRING_DATASOURCE_USERNAME/PASSWORD (or TETHER_DATA_DIR for the embedded database)"
  fi

  # Client options in a file only we can read; removed on exit.
  DB_OPTIONS=$(mktemp)
  chmod 600 "$DB_OPTIONS"
  trap 'rm -f "$DB_OPTIONS"' EXIT
  local quoted=${DB_PASSWORD//\\/\\\\}
  quoted=${quoted//\"/\\\"}
  {
    echo "[client]"
    echo "user=\"$DB_USER\""
    echo "password=\"$quoted\""
    if [ -n "$DB_SOCKET" ]; then
      echo "socket=\"$DB_SOCKET\""
      echo "protocol=socket"
    else
      echo "host=$DB_HOST"
      echo "port=$DB_PORT"
      echo "protocol=tcp"
    fi
    echo "default-character-set=utf8mb4"
  } >"$DB_OPTIONS"
}

# Where we connect, for messages (never the password).
describe_target() {
  if [ -n "$DB_SOCKET" ]; then echo "$DB_USER@$DB_SOCKET/$DB_NAME"; else echo "$DB_USER@$DB_HOST:$DB_PORT/$DB_NAME"; fi
}
