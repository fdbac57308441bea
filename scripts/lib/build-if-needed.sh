# Sourced, from the project root, by the scripts that run LexRoute from its built jars (run-local.sh,
# scripts/fault-run.sh, benchmark/run-benchmark.sh): build_if_needed runs ./mvnw install -DskipTests when a runnable
# jar is missing or older than any main source, resource or pom, so that nothing runs stale code. It sets
# lexroute_rebuilt to true when it built.

lexroute_runnable_jars=(local-stack/target/local-stack.jar
                        request-intake/target/quarkus-app/quarkus-run.jar
                        jurisdiction-resolver/target/quarkus-app/quarkus-run.jar
                        data-locator/target/quarkus-app/quarkus-run.jar
                        response-gateway/target/quarkus-app/quarkus-run.jar)

# When this script last built; see build_if_needed.
lexroute_build_stamp=target/lexroute-build.stamp

# True when some main source, resource or pom is newer than the file $1. The benchmark is built on its own
# (benchmark/run-benchmark.sh), so its sources do not count here.
lexroute_sources_newer_than() {
    [ -n "$(find . -path ./.git -prune -o -path ./benchmark -prune -o \( -path '*/src/main/*' -o -name pom.xml \) \
        -type f -newer "$1" -print -quit)" ]
}

# True when a runnable jar is missing, or when sources changed since this script's last build and since a jar was
# made (a build by hand leaves no stamp, but its jars are new).
lexroute_needs_build() {
    local jar
    for jar in "${lexroute_runnable_jars[@]}"; do
        [ -f "$jar" ] || return 0
    done
    if [ -f "$lexroute_build_stamp" ] && ! lexroute_sources_newer_than "$lexroute_build_stamp"; then
        return 1
    fi
    for jar in "${lexroute_runnable_jars[@]}"; do
        lexroute_sources_newer_than "$jar" && return 0
    done
    return 1
}

build_if_needed() {
    lexroute_rebuilt=false
    if lexroute_needs_build; then
        echo "==> Building LexRoute (./mvnw install -DskipTests; the first build takes a few minutes)"
        ./mvnw -B -q install -DskipTests
        # The jar plugin leaves a jar whose content did not change as it was, with its old time, which would make
        # every later check see sources newer than it; the stamp says the build made it current. The jars are not
        # touched: a service's class archive (AppCDS) is only used with the jar time it was written for.
        mkdir -p "$(dirname "$lexroute_build_stamp")"
        touch "$lexroute_build_stamp"
        lexroute_rebuilt=true
    fi
}
