#!/usr/bin/env bash
# Refresh the desktop app's Qt translations (resources/i18n/):
#
#   scripts/translations.sh
#
# 1. pyside6-lupdate collects every string of the views and the app (self.tr and
#    QCoreApplication.translate) into recruiter_desktop_sv.ts (every message, for the Swedish
#    translation) and recruiter_desktop_en.ts (only the plural forms: English is the source
#    language, but "%n change(s)" needs its English forms). Strings no longer in the code are
#    dropped. scripts/english_plurals.py then fills in the English forms ("%n change" and
#    "%n changes").
# 2. Translate what is new: open the .ts files in `pyside6-linguist`, or edit their XML, until
#    no message is marked unfinished (tests/desktop/views/test_translations.py checks it).
# 3. Run this script again: pyside6-lrelease compiles the .ts files into the .qm files the app
#    loads (`recruiter-desktop --lang sv`). Commit the .ts and .qm files together.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="${VENV_BIN:-$ROOT/.venv/bin}"
I18N=resources/i18n

mapfile -t SOURCES < <(
    find recruiter_desktop/views -name '*.py' | sort
    printf '%s\n' recruiter_desktop/app.py recruiter_desktop/shell.py recruiter_desktop/demo.py
)

"$BIN/pyside6-lupdate" -no-obsolete -locations relative "${SOURCES[@]}" \
    -ts "$I18N/recruiter_desktop_sv.ts"
"$BIN/pyside6-lupdate" -no-obsolete -locations relative -pluralonly "${SOURCES[@]}" \
    -ts "$I18N/recruiter_desktop_en.ts"
"$BIN/python" scripts/english_plurals.py "$I18N/recruiter_desktop_en.ts"
"$BIN/pyside6-lrelease" -silent "$I18N/recruiter_desktop_sv.ts" "$I18N/recruiter_desktop_en.ts"

unfinished="$(grep -c 'type="unfinished"' "$I18N"/*.ts | grep -v ':0$' || true)"
if [[ -n "$unfinished" ]]; then
    echo "translations: messages still to translate (type=\"unfinished\"):" >&2
    echo "$unfinished" >&2
    exit 1
fi
echo "translations: up to date in $I18N"
