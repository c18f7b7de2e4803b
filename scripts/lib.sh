# Shared helpers for scripts/test and scripts/bench: logging and idempotent installers.
# Source it; do not run it.

step() { printf '\n==> %s\n' "$*"; }

apt_updated=0
# apt_install PACKAGE... : installs the Debian packages that are not installed yet.
apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "${YOUSAID_SKIP_INSTALL:-0}" = 1 ]; then
    echo "missing Debian packages: ${missing[*]} (unset YOUSAID_SKIP_INSTALL to install them)" >&2
    return 1
  fi
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  if [ "$apt_updated" = 0 ]; then
    $sudo apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

ensure_rust_components() {
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
}

# Debian's Chromium and ChromeDriver, for the browser checks.
ensure_chromium() {
  apt_install chromium chromium-driver
}

# The flags every headless Chromium run needs on these machines (see CONTRIBUTING.md).
chromium_flags() {
  printf '%s ' --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    "--user-data-dir=$(mktemp -d)"
}

# The WebAssembly toolchain: the wasm32 target, wasm-bindgen-cli of exactly the version of the
# `wasm-bindgen` crate in Cargo.lock (the two must match), and the npm tooling of
# crates/wasm/js (installed with `npm ci`: typescript, playwright-core, binaryen…).
ensure_wasm_tools() {
  local skip=${YOUSAID_SKIP_INSTALL:-0}
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    [ "$skip" = 1 ] && { echo "missing rust target wasm32-unknown-unknown" >&2; return 1; }
    rustup target add wasm32-unknown-unknown
  fi
  local want have
  want=$(cargo pkgid -p wasm-bindgen | sed 's/.*[#@]//')
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    [ "$skip" = 1 ] && { echo "missing wasm-bindgen-cli $want (have: ${have:-none})" >&2; return 1; }
    step "wasm: cargo install wasm-bindgen-cli $want (about two minutes)"
    # Not --locked: the CLI's lockfile pins a crate version the registry does not serve.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
  ensure_npm_tools
}

# The npm tooling of crates/wasm/js (typescript, playwright-core, binaryen…), installed with
# `npm ci` when missing or older than the lockfile.
ensure_npm_tools() {
  if [ ! -d crates/wasm/js/node_modules ] || [ crates/wasm/js/package-lock.json -nt crates/wasm/js/node_modules ]; then
    [ "${YOUSAID_SKIP_INSTALL:-0}" = 1 ] && { echo "missing npm tooling: run npm ci in crates/wasm/js" >&2; return 1; }
    (cd crates/wasm/js && npm ci --no-audit --no-fund)
  fi
}

# The project's Python virtual environment (.venv) with the tools the Python checks and
# benchmarks need; installs what is missing. Prints nothing on success.
ensure_python_venv() {
  local py=.venv/bin/python
  local tools=(maturin pytest mypy pandas jsonschema markdown)
  [ -x "$py" ] || python3 -m venv .venv
  # `pip show` succeeds when any one of several packages is installed: ask for each.
  local tool missing=()
  for tool in "${tools[@]}"; do
    "$py" -m pip show -q "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  [ ${#missing[@]} = 0 ] && return 0
  if [ "${YOUSAID_SKIP_INSTALL:-0}" = 1 ]; then
    echo "missing in .venv: ${missing[*]} (unset YOUSAID_SKIP_INSTALL to install them)" >&2
    return 1
  fi
  "$py" -m pip install -q --disable-pip-version-check "${missing[@]}"
}

# Builds the Python package (release, the abi3 wheel users get) and installs it into .venv,
# as `pip install ./crates/py` does.
install_python_package() {
  PATH="$PWD/.venv/bin:$PATH" .venv/bin/python -m pip install -q --disable-pip-version-check \
    --no-build-isolation --force-reinstall --no-deps ./crates/py
}

# A nightly toolchain and cargo-fuzz, for scripts/fuzz (libFuzzer needs nightly's sanitizer
# flags; the project itself builds on stable).
ensure_fuzz_tools() {
  local skip=${YOUSAID_SKIP_INSTALL:-0}
  if ! rustup toolchain list | grep -q '^nightly-'; then
    [ "$skip" = 1 ] && { echo "missing the nightly toolchain (rustup toolchain install nightly --profile minimal)" >&2; return 1; }
    step "fuzz: rustup toolchain install nightly"
    rustup toolchain install nightly --profile minimal
  fi
  if ! cargo fuzz --version >/dev/null 2>&1; then
    [ "$skip" = 1 ] && { echo "missing cargo-fuzz (cargo install cargo-fuzz --locked)" >&2; return 1; }
    step "fuzz: cargo install cargo-fuzz (about a minute)"
    cargo install cargo-fuzz --locked
  fi
}
