#!/bin/sh
# Install the Opportunity Evaluator bundle for the current user (no root needed):
#   program      ~/.local/opt/opportunity-evaluator/
#   command      ~/.local/bin/opportunity-evaluator  (a symbolic link)
#   menu entry, AppStream metadata, .oppeval file type, icons: ${XDG_DATA_HOME:-~/.local/share}
# With --prefix DIR everything goes under DIR instead (DIR/opt, DIR/bin, DIR/share).
# Run it from the unpacked bundle (./install.sh), or from a source tree after `make package`.
set -eu

APP=opportunity-evaluator
APP_ID=io.github.opportunityevaluator.OpportunityEvaluator

usage() {
    cat <<EOF
Usage: $0 [--prefix DIR] [--bundle DIR] [--no-update]

Installs Opportunity Evaluator for the current user.
  --prefix DIR   install under DIR (DIR/opt/$APP, DIR/bin, DIR/share) instead of
                 ~/.local/opt, ~/.local/bin and \${XDG_DATA_HOME:-~/.local/share}
  --bundle DIR   the bundle to install (default: the folder of this script, or
                 dist/$APP in a source tree)
  --no-update    do not run update-mime-database / update-desktop-database
EOF
}

die() { echo "install.sh: $*" >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
bundle=""
prefix=""
update=yes
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --bundle) [ $# -ge 2 ] || die "--bundle needs a folder"; bundle=$2; shift 2 ;;
        --bundle=*) bundle=${1#--bundle=}; shift ;;
        --no-update) update=no; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
done

if [ -z "$bundle" ]; then
    if [ -x "$here/$APP" ]; then
        bundle=$here
    elif [ -x "$here/../../dist/$APP/$APP" ]; then
        bundle=$here/../../dist/$APP
    else
        die "no bundle found next to this script; build one with 'make package' or pass --bundle DIR"
    fi
fi
[ -d "$bundle" ] || die "$bundle: no such folder"
bundle=$(cd "$bundle" && pwd -P)
[ -x "$bundle/$APP" ] || die "$bundle/$APP: not found or not executable"
[ -d "$bundle/share/applications" ] || die "$bundle/share: desktop files missing (build with 'make package')"

if [ -n "$prefix" ]; then
    mkdir -p "$prefix"
    prefix=$(cd "$prefix" && pwd -P)
    optdir=$prefix/opt
    bindir=$prefix/bin
    datadir=$prefix/share
else
    [ -n "${HOME:-}" ] || die "HOME is not set"
    optdir=$HOME/.local/opt
    bindir=$HOME/.local/bin
    datadir=${XDG_DATA_HOME:-$HOME/.local/share}
fi
target=$optdir/$APP

case $target in
    *'"'*|*'`'*|*'$'*|*'\'*) die "$target: the install folder may not contain \" \` \$ or \\" ;;
esac

# 1. The program: copy next to the old one, then swap, so a failed copy leaves the old one intact.
mkdir -p "$optdir"
if [ "$(cd "$optdir" && pwd -P)/$APP" != "$bundle" ]; then
    rm -rf "$target.new" "$target.old"
    cp -R "$bundle" "$target.new"
    if [ -e "$target" ]; then mv "$target" "$target.old"; fi
    mv "$target.new" "$target"
    rm -rf "$target.old"
fi

# 2. The command.
mkdir -p "$bindir"
if [ -e "$bindir/$APP" ] && [ ! -L "$bindir/$APP" ]; then
    echo "install.sh: $bindir/$APP exists and is not a link (a pip install?); left alone" >&2
else
    ln -sfn "$target/$APP" "$bindir/$APP"
fi

# 3. Menu entry (Exec points at the installed program, whatever PATH the desktop session has).
mkdir -p "$datadir/applications"
desktop=$datadir/applications/$APP.desktop
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        Exec=*) printf 'Exec="%s" %%f\n' "$(printf '%s' "$target/$APP" | sed 's/%/%%/g')" ;;
        TryExec=*) ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$bundle/share/applications/$APP.desktop" > "$desktop.tmp"
printf 'TryExec=%s\n' "$target/$APP" >> "$desktop.tmp"
chmod 644 "$desktop.tmp"
mv "$desktop.tmp" "$desktop"

# 4. AppStream metadata, MIME type, icons.
mkdir -p "$datadir/metainfo" "$datadir/mime/packages" "$datadir/icons/hicolor"
cp "$bundle/share/metainfo/$APP_ID.metainfo.xml" "$datadir/metainfo/"
cp "$bundle/share/mime/packages/$APP.xml" "$datadir/mime/packages/"
cp -R "$bundle/share/icons/hicolor/." "$datadir/icons/hicolor/"
touch "$datadir/icons/hicolor"  # tells icon caches to look again

# 5. Tell the desktop about the new file type and menu entry (each tool only if installed).
if [ "$update" = yes ]; then
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$datadir/mime" >/dev/null 2>&1 || echo "install.sh: update-mime-database failed" >&2
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$datadir/applications" || echo "install.sh: update-desktop-database failed" >&2
    fi
fi

echo "Installed Opportunity Evaluator in $target"
echo "  command:    $bindir/$APP"
echo "  menu entry: $desktop"
case ":${PATH:-}:" in
    *":$bindir:"*) ;;
    *) echo "  note: $bindir is not on your PATH; add it to use the command in a terminal" ;;
esac
echo "Remove it again with: $target/uninstall.sh${prefix:+ --prefix $prefix}"
