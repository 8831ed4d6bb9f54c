# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash disable=SC2034  # the package lists are used by the scripts that source this
# Sourced by build-aux/run and build-aux/test: installs what is missing, then
# configures and builds Workplan into _build/ (and _build-fuzz/, the sanitized tree).

# Everything needed to configure, build and run (the fonts are those the PDF
# renderer falls back to; update-desktop-database is looked up at configure time).
WP_BUILD_PACKAGES=(
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libjson-glib-dev libpoppler-glib-dev libcairo2-dev libpango1.0-dev
  desktop-file-utils libxml2-utils
  fonts-noto-cjk fonts-arphic-ukai
)

# Only the test suite needs these: a display and a session bus for the GUI tests,
# the validators of the data files, tools that check databases and images, clang with
# its libFuzzer and sanitizer runtimes for the sanitized tree, and valgrind.
WP_TEST_PACKAGES=(
  appstream xvfb xauth dbus dbus-x11 sqlite3 imagemagick python3-minimal
  clang libclang-rt-14-dev valgrind
)

# The build dirs, unless the environment names others (e.g. to test the scripts
# without touching the usual trees).
WP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WP_BUILD_DIR="${WP_BUILD_DIR:-$WP_ROOT/_build}"
WP_FUZZ_BUILD_DIR="${WP_FUZZ_BUILD_DIR:-$WP_ROOT/_build-fuzz}"

# Prints the packages among "$@" that dpkg does not report as installed.
wp_missing_packages ()
{
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q ' installed$'; then
      echo "$pkg"
    fi
  done
}

# Installs the packages among "$@" that are missing, as root or through sudo.
wp_install_packages ()
{
  if ! command -v dpkg-query >/dev/null; then
    echo "Not a Debian system: make sure these are installed: $*" >&2
    return 0
  fi

  local missing
  mapfile -t missing < <(wp_missing_packages "$@")
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi

  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "Missing packages: ${missing[*]}; run this as root or install sudo." >&2
      return 1
    fi
    sudo=(sudo)
  fi

  echo "Installing ${missing[*]}" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}" >&2
}

# Configures the build dir $1, or reconfigures it when it exists, with the meson
# options that follow. Its output goes to stderr so that the program's own output on
# stdout (e.g. `export --output -`) stays clean.
wp_configure ()
{
  local dir="$1"
  shift
  if [ -f "$dir/meson-private/coredata.dat" ]; then
    meson setup --reconfigure "$dir" "$WP_ROOT" "$@" >&2
  else
    meson setup "$dir" "$WP_ROOT" "$@" >&2
  fi
}

# Configures and builds _build/.
wp_build ()
{
  wp_configure "$WP_BUILD_DIR"
  meson compile -C "$WP_BUILD_DIR" >&2
}

# Configures _build-fuzz/ with clang: everything under AddressSanitizer and UBSan, plus
# the fuzz targets of tests/fuzz. Nothing is built here: `meson test` builds it.
wp_configure_fuzzing ()
{
  CC=clang wp_configure "$WP_FUZZ_BUILD_DIR" -Dfuzzing=true
}
