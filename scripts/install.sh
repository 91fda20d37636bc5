#!/usr/bin/env bash
# Installs tavle, its manual page (Danish, and English under man/en) and its bash, zsh and fish completions under
# PREFIX: the first argument, else $PREFIX, else ~/.local. TAVLE_BIN names a binary already built (else a release build).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-${PREFIX:-$HOME/.local}}
if [ -n "${TAVLE_BIN:-}" ]; then
  bin=$TAVLE_BIN
else
  swift build -c release --product tavle
  bin="$(swift build -c release --show-bin-path)/tavle"
fi
umask 022
install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/man/en/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$bin" "$prefix/bin/tavle"
TAVLE_LANG=da "$bin" man > "$prefix/share/man/man1/tavle.1"
TAVLE_LANG=en "$bin" man > "$prefix/share/man/en/man1/tavle.1"
"$bin" --generate-completion-script bash > "$prefix/share/bash-completion/completions/tavle"
"$bin" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_tavle"
"$bin" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/tavle.fish"
echo "tavle $("$bin" --version) installed in $prefix (man tavle; man -L en tavle)"
# zsh looks for completions only in the directories of its $fpath, and ~/.local's is not among them by default;
# say the line that makes zsh find it (nothing of the person's own files is changed).
zdir="$prefix/share/zsh/site-functions"
if command -v zsh >/dev/null 2>&1 && ! zsh -fc 'print -l $fpath' 2>/dev/null | grep -qxF "$zdir"; then
  echo "zsh: add this line to ~/.zshrc, before compinit, to complete tavle:"
  echo "  fpath=($zdir \$fpath)"
fi
case ":${MANPATH:-}:" in *":$prefix/share/man:"*|"::") ;; *) echo "man: add $prefix/share/man to MANPATH to read man tavle." ;; esac
