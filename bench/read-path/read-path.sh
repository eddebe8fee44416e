#!/usr/bin/env bash
# Public read path against nginx serving the same bytes, in one run (issue 7). See docs/benchmarks.md.
#
#   bench/read-path/read-path.sh            # build the jar, then measure
#   NO_BUILD=1 bench/read-path/read-path.sh # measure target/jobgoal-*.jar as it is
#   JFR=1 ...                               # also profile the app under wrk (JFR, as -XX:StartFlightRecording would) and print its hottest frames
#   INVALIDATE='cmd' ...                    # run before each "uncached" request (e.g. a call that invalidates a cache)
#   INVALIDATE=bump ...                     # the built-in one: bumps the public data version in the app's embedded PostgreSQL
#   LIGHTHOUSE=1 ...                        # also run Lighthouse 13.5.0 (mobile preset) on home, results and dashboard
#
# Prints start-up time to healthy, the first (uncached) render of each page, then for each page wrk's throughput
# and p99 against the app, against nginx and against a bare Tomcat (BareTomcat.java: the app's Tomcat and connector
# settings, one servlet, no filter) serving the same bytes (-c64 -t2 -d15s --latency), and the ratios to nginx.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PATHS=(/governments/45210/results/2020 /dashboard /governments /api/v1/governments/45210/results/2020)
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-15s}
WORK=$(mktemp -d /tmp/jobgoal-bench.XXXXXX)
APP_PID=
NGINX_CONF=
BARE_PID=

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
now() { date +%s.%N; }
cleanup() {
  if [ -n "$BARE_PID" ]; then kill "$BARE_PID" 2>/dev/null || true; fi
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ -n "$NGINX_CONF" ] && [ -f "$WORK/nginx.pid" ]; then nginx -p "$WORK" -c "$NGINX_CONF" -s stop 2>/dev/null || true; fi
}
trap cleanup EXIT

if [ -z "${NO_BUILD:-}" ]; then
  ./mvnw -B -q -DskipTests package
fi
JAR=$(ls "$ROOT"/target/jobgoal-*.jar | head -1)

echo "# machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# date: $(date -u +%Y-%m-%dT%H:%M:%SZ), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# jar: $JAR ($(git rev-parse --short HEAD))"

start_app() {
  APP_PORT=$(free_port)
  local t0; t0=$(now)
  JOBGOAL_DATA_DIR="$WORK/data" JOBGOAL_DEMO=true SERVER_PORT=$APP_PORT java -jar "$JAR" >"$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
  until curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $WORK/app-$1.log"; tail -20 "$WORK/app-$1.log"; exit 1; }
    sleep 0.2
  done
  printf 'start-up to healthy (%s): %.1f s  (Spring: %s)\n' "$1" "$(echo "$(now) - $t0" | bc)" \
    "$(grep -o 'Started JobgoalApplication in [0-9.]* seconds' "$WORK/app-$1.log" | grep -o '[0-9.]* seconds')"
}

stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }

# first start: a new embedded PostgreSQL, all migrations, the demo data set; then a restart on the same data
start_app "new data directory"
stop_app
start_app "restart"

echo
# bump: what any change of public data does to the cached answers, without changing the data; like the app's own
# writers (DataVersionBumps, DataVersionFence) it notifies, then waits until the app holds no older version's lock
bump() {
  local db=(psql -q -h 127.0.0.1 -p "$(sed -n 4p "$WORK/data/postgres/postmaster.pid")" -U postgres -d postgres)
  "${db[@]}" -c "update publicread_data_version set version = version + 1, changed_at = greatest(now(), changed_at + interval '1 second') where id = 1; notify publicread_data_version" >/dev/null
  "${db[@]}" -c "do \$\$ begin
      while exists (select 1 from pg_locks where locktype = 'advisory' and classid = 19015 and objsubid = 2
                      and mode = 'ShareLock' and granted
                      and objid::bigint < (select version from publicread_data_version where id = 1)) loop
        perform pg_sleep(0.001);
      end loop;
    end \$\$" >/dev/null
}

echo "## first render after start-up (one request each, nothing cached by the app yet), then 5 more"
for p in "${PATHS[@]}"; do
  [ -n "${INVALIDATE:-}" ] && eval "$INVALIDATE"
  first=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$APP_PORT$p")
  rest=()
  for _ in 1 2 3 4 5; do
    [ -n "${INVALIDATE:-}" ] && eval "$INVALIDATE"
    rest+=("$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$APP_PORT$p")")
  done
  printf '%-45s first %7.1f ms   next: %s ms\n' "$p" "$(echo "$first * 1000" | bc)" \
    "$(for r in "${rest[@]}"; do printf '%.1f ' "$(echo "$r * 1000" | bc)"; done)"
done

# the saved responses, byte for byte, with the headers a client sees
mkdir -p "$WORK/www"
NGINX_PORT=$(free_port)
{
  echo "worker_processes auto; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log; daemon on;"
  echo "events { worker_connections 1024; }"
  echo "http { access_log off; types {} sendfile on; tcp_nopush on; keepalive_requests 100000;"
  echo "  server { listen 127.0.0.1:$NGINX_PORT;"
} >"$WORK/nginx.conf"
for p in "${PATHS[@]}"; do
  f="$WORK/www/$(echo "$p" | tr '/' '_')"
  curl -s -D "$f.headers" -o "$f.body" "http://127.0.0.1:$APP_PORT$p"
  type=$(grep -i '^content-type:' "$f.headers" | cut -d' ' -f2- | tr -d '\r')
  {
    echo "    location = $p { alias $f.body; default_type \"$type\";"
    grep -iE '^(cache-control|content-language|vary|etag|last-modified|x-content-type-options|x-frame-options|content-security-policy|referrer-policy):' "$f.headers" |
      tr -d '\r' | sed 's/"/\\"/g' | sed -E 's/^([^:]+): (.*)$/      add_header \1 "\2" always;/'
    echo "    }"
  } >>"$WORK/nginx.conf"
  printf '%-45s %7d bytes  %s\n' "$p" "$(wc -c <"$f.body")" "$type"
done
echo "  } }" >>"$WORK/nginx.conf"
NGINX_CONF="$WORK/nginx.conf"
chmod 755 "$WORK" "$WORK/www" && chmod 644 "$WORK"/www/*  # nginx's workers run as nobody when started by root
nginx -p "$WORK" -c "$NGINX_CONF"
for p in "${PATHS[@]}"; do
  f="$WORK/www/$(echo "$p" | tr '/' '_')"
  curl -s -o "$f.nginx" "http://127.0.0.1:$NGINX_PORT$p"
  cmp -s "$f.body" "$f.nginx" || { echo "nginx does not serve the saved bytes of $p"; cat "$WORK/nginx-error.log"; exit 1; }
done

# the container's ceiling: the jar's own Tomcat serving the same saved responses from memory, no app around it
(cd "$WORK" && unzip -q -o -j "$JAR" 'BOOT-INF/lib/tomcat-embed-core-*.jar' -d "$WORK/lib")
BARE_PORT=$(free_port)
bare_args=()
for p in "${PATHS[@]}"; do bare_args+=("$p=$WORK/www/$(echo "$p" | tr '/' '_')"); done
java -cp "$(ls "$WORK"/lib/tomcat-embed-core-*.jar)" "$ROOT/bench/read-path/BareTomcat.java" "$BARE_PORT" "${bare_args[@]}" \
  >"$WORK/bare-tomcat.log" 2>&1 &
BARE_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$BARE_PORT${PATHS[0]}"; do
  kill -0 "$BARE_PID" 2>/dev/null || { echo "bare Tomcat died, see $WORK/bare-tomcat.log"; tail -20 "$WORK/bare-tomcat.log"; exit 1; }
  sleep 0.2
done
for p in "${PATHS[@]}"; do
  f="$WORK/www/$(echo "$p" | tr '/' '_')"
  curl -s -o "$f.bare" "http://127.0.0.1:$BARE_PORT$p"
  cmp -s "$f.body" "$f.bare" || { echo "bare Tomcat does not serve the saved bytes of $p"; exit 1; }
done

# wrk's latency figure in milliseconds
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 } else if (v ~ /m$/) { sub(/m$/,"",v); v*=60000 } printf "%.2f", v }'; }
run_wrk() {
  local out; out=$(wrk -c"$CONNECTIONS" -t2 -d"$DURATION" --latency "$1")
  echo "$out" >>"$WORK/wrk.log"
  local rps p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}' | to_ms)
  errors=$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr -s ' ' | tr '\n' ';' || true)
  echo "$rps $p99 ${errors:-}"
}

echo
echo "## wrk -c$CONNECTIONS -t2 -d$DURATION --latency: app (after a 5 s warm-up), nginx and bare Tomcat (after a 5 s warm-up), same bytes"
[ -n "${JFR:-}" ] && jcmd "$APP_PID" JFR.start name=load settings=profile filename="$WORK/load.jfr" >/dev/null
printf '%-45s %10s %8s %11s %8s %10s %8s %8s %8s\n' path 'app req/s' 'app p99' 'nginx req/s' 'ngx p99' 'bare req/s' 'bare p99' 'app/ngx' 'bare/ngx'
for p in "${PATHS[@]}"; do
  wrk -c"$CONNECTIONS" -t2 -d5s "http://127.0.0.1:$APP_PORT$p" >/dev/null
  read -r app_rps app_p99 app_err < <(run_wrk "http://127.0.0.1:$APP_PORT$p")
  read -r ngx_rps ngx_p99 _ < <(run_wrk "http://127.0.0.1:$NGINX_PORT$p")
  wrk -c"$CONNECTIONS" -t2 -d5s "http://127.0.0.1:$BARE_PORT$p" >/dev/null
  read -r bare_rps bare_p99 _ < <(run_wrk "http://127.0.0.1:$BARE_PORT$p")
  printf '%-45s %10s %5s ms %11s %5s ms %10s %5s ms %7.3fx %7.3fx %s\n' "$p" "$app_rps" "$app_p99" "$ngx_rps" "$ngx_p99" \
    "$bare_rps" "$bare_p99" "$(echo "scale=6; $app_rps / $ngx_rps" | bc)" "$(echo "scale=6; $bare_rps / $ngx_rps" | bc)" "${app_err:-}"
done
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg); wrk output: $WORK/wrk.log"

if [ -n "${JFR:-}" ]; then
  jcmd "$APP_PID" JFR.stop name=load >/dev/null
  echo
  echo "## hottest frames under load (JFR execution samples, top frame and the first jobgoal/spring frame)"
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$WORK/load.jfr" | python3 "$ROOT/bench/read-path/hot-frames.py"
fi

if [ -n "${LIGHTHOUSE:-}" ]; then
  echo
  echo "## Lighthouse 13.5.0, mobile preset, performance"
  for p in / /governments/45210/results/2020 /dashboard; do
    out="$WORK/lighthouse$(echo "$p" | tr '/' '_').json"
    CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} npx --yes lighthouse@13.5.0 "http://127.0.0.1:$APP_PORT$p" \
      --only-categories=performance --chrome-flags="--headless --no-sandbox --disable-gpu" \
      --output=json --output-path="$out" --quiet
    node -e '
      const r = require(process.argv[1]), a = r.audits;
      const m = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];
      console.log(process.argv[2].padEnd(34), "score", Math.round(r.categories.performance.score * 100),
        m.map(k => k.replace(/-/g, " ") + " " + a[k].displayValue).join(", "));' "$out" "$p"
  done
fi
