# Sourced by startup.sh and size.sh: starts the mock and times it to its ready line.
#
# launch_mock LOG ARG...: starts `$JAVA $JAVA_OPTS -jar $MOCK_JAR ARG...`, copies its output to
# LOG, and returns once the ready line is out, with PID, LAUNCHED (bash's clock at launch, in
# microseconds) and READY_MS (milliseconds from launch) set; returns 1 if the mock exits first.
# The output is read as it comes (a blocking read of a pipe) and the time taken from bash's own
# clock: polling the log with grep, date and curl every 20 ms, as these scripts did before, took
# so much of 2 cores' CPU that the start they measured was up to 1.4 s slower than without them.
launch_mock() {
  local log=$1 fifo line out status=0
  shift
  fifo=$(mktemp -u)
  mkfifo "$fifo"
  LAUNCHED=${EPOCHREALTIME//[!0-9]/}
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  "$JAVA" ${JAVA_OPTS:-} -jar "$MOCK_JAR" "$@" > "$fifo" 2>&1 &
  PID=$!
  exec {out}< "$fifo"
  rm -f "$fifo"
  : > "$log"
  while IFS= read -r -t 60 line <&"$out" || { status=$?; false; }; do
    printf '%s\n' "$line" >> "$log"
    if [[ $line == *'pendo-mock-server: serving'* ]]; then
      READY_MS=$(( (${EPOCHREALTIME//[!0-9]/} - LAUNCHED) / 1000 ))
      cat <&"$out" >> "$log" &  # the rest of the output, until the mock stops
      exec {out}<&-
      return 0
    fi
  done
  exec {out}<&-
  if [ "$status" -gt 128 ]; then  # read timed out; at the end of the output the mock has exited
    echo "launch_mock: no ready line within 60 s; see $log" >&2
    kill "$PID"
  fi
  wait "$PID" 2> /dev/null || true
  return 1
}
