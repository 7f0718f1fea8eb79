#!/usr/bin/env python3
"""The layer map (CONTRIBUTING.md, "Layers"), checked on the include graph.

Every #include of every .cpp and .h under app/, models/ and ui/ is resolved to a file of the
tree (the including file's folder first, then the include roots the build gives: app/, models/,
ui/), and that file's layer must be one the including file's layer may use. The map below is
the same as the libraries' target_link_libraries, so an include that passes here links too.
Angle-bracket includes are checked for one thing: no widget module header (QtWidgets,
QtPdfWidgets) below ui/.

usage: check_layers.py SOURCE_DIR WIDGETS_INCLUDE_DIR...   check the tree, list every break
       check_layers.py --self-test WIDGETS_INCLUDE_DIR...  break each rule in a scratch tree
                                                           and check that it is reported
"""

import os
import re
import sys
import tempfile

# Which layer a file is in: the first prefix that matches its path, relative to the source dir.
LAYERS = [
    ("app/main.cpp", "main"),
    ("app/sandbox_main.cpp", "sandbox_main"),
    ("app/coreversion.", "version"),
    ("app/domain/", "domain"),
    ("app/api/", "api"),
    ("app/storage/", "storage"),
    ("app/session/", "session"),
    ("app/sandbox/", "sandbox"),
    ("app/builtin/", "builtin"),
    ("models/", "models"),
    ("ui/", "ui"),
]

EVERYTHING = {layer for _, layer in LAYERS}

# What each layer may include (its own layer always). Mirrors the CMake link graph:
#   domain <- api <- session, domain <- storage <- session, api <- models <- ui;
#   sandbox stands alone (it shares no code with the client, on purpose); builtin joins the
#   sandbox to the session for main.cpp; main.cpp, the composition root, may include anything.
MAY_INCLUDE = {
    "domain": set(),
    "version": set(),
    "api": {"domain", "version"},
    "storage": {"domain"},
    "session": {"domain", "api", "storage"},
    "sandbox": set(),
    "sandbox_main": {"sandbox"},
    "builtin": {"domain", "api", "storage", "session", "sandbox"},
    "models": {"domain", "api"},
    "ui": {"domain", "api", "storage", "session", "models", "version"},
    "main": EVERYTHING,
}

# Layers below ui/: no widget header there (main.cpp builds the window, so it may).
NO_WIDGETS = EVERYTHING - {"ui", "main"}

INCLUDE_ROOTS = ["app", "models", "ui"]
SCANNED_ROOTS = ["app", "models", "ui"]
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def layer_of(relative):
    for prefix, layer in LAYERS:
        if relative.startswith(prefix):
            return layer
    return None


def widget_headers(widget_dirs):
    """Every name by which a widget module's header can be included: QWidget, qwidget.h,
    QtWidgets/QWidget, QtWidgets. Names that another (non-widget) module also ships, such as
    Qt 6's forwarding qaction.h, are left out."""
    widget_dirs = [os.path.normpath(d) for d in widget_dirs]
    names = set()
    for directory in widget_dirs:
        module = os.path.basename(directory)
        names.add(module)
        parent = os.path.dirname(directory)
        others = [
            os.path.join(parent, d)
            for d in os.listdir(parent)
            if os.path.join(parent, d) not in widget_dirs
            and os.path.isdir(os.path.join(parent, d))
        ]
        for name in os.listdir(directory):
            if not os.path.isfile(os.path.join(directory, name)):
                continue
            if any(os.path.exists(os.path.join(other, name)) for other in others):
                continue
            names.add(name)
            names.add(module + "/" + name)
    return names


def resolve(source_dir, including, target):
    """The file an #include "target" of `including` names, relative to source_dir, or None."""
    candidates = [os.path.join(os.path.dirname(including), target)]
    candidates += [os.path.join(root, target) for root in INCLUDE_ROOTS]
    for candidate in candidates:
        candidate = os.path.normpath(candidate)
        if os.path.isfile(os.path.join(source_dir, candidate)):
            return candidate.replace(os.sep, "/")
    return None


def sources(source_dir):
    for root in SCANNED_ROOTS:
        for directory, _, files in os.walk(os.path.join(source_dir, root)):
            for name in sorted(files):
                if name.endswith((".cpp", ".h")):
                    path = os.path.join(directory, name)
                    yield os.path.relpath(path, source_dir).replace(os.sep, "/")


def check(source_dir, widgets):
    """Returns (problems, files checked, includes checked)."""
    problems = []
    files = includes = 0
    for relative in sorted(sources(source_dir)):
        files += 1
        layer = layer_of(relative)
        if layer is None:
            problems.append(
                f"{relative}: is in no layer; add its folder to LAYERS and MAY_INCLUDE in "
                f"tests/layers/check_layers.py, to its library in CMake and to CONTRIBUTING.md"
            )
            continue
        with open(os.path.join(source_dir, relative), encoding="utf-8") as text:
            lines = text.read().splitlines()
        for number, line in enumerate(lines, 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            includes += 1
            bracket, target = match.groups()
            where = f"{relative}:{number}"
            if bracket == "<" or resolve(source_dir, relative, target) is None:
                if target in widgets and layer in NO_WIDGETS:
                    problems.append(
                        f"{where}: includes <{target}>, a widget header, in {layer}: widgets "
                        f"belong in ui/ only (models and app/ stay QtCore/QtGui)"
                    )
                continue  # a system, Qt or generated header (moc)
            included = resolve(source_dir, relative, target)
            target_layer = layer_of(included)
            if target_layer == layer or layer == "main":
                continue
            if target_layer is None or target_layer not in MAY_INCLUDE[layer]:
                allowed = ", ".join(sorted(MAY_INCLUDE[layer] | {layer})) or "nothing"
                problems.append(
                    f'{where}: includes "{target}" ({included}, layer {target_layer}), but '
                    f"{layer} may include only {allowed}"
                )
    return problems, files, includes


SELF_TEST_TREE = {
    # file: (content, the words its problem must be reported with, or None when clean)
    "app/domain/value.h": ('#include "api/client.h"\n', "app/domain/value.h:1"),
    "app/api/client.h": ('#include "storage/store.h"\n', "app/api/client.h:1"),
    "app/api/client.cpp": ('#include "client.h"\n#include "domain/value.h"\n', None),
    "app/storage/store.h": ('#include "api/client.h"\n', "app/storage/store.h:1"),
    "app/storage/store.cpp": ('#include "store.h"\n#include <QWidget>\n', "store.cpp:2"),
    "app/session/session.h": ('#include "sandbox/server.h"\n', "app/session/session.h:1"),
    "app/session/session.cpp": ('#include "mainwindow.h"\n', "app/session/session.cpp:1"),
    "app/sandbox/server.h": ('#include "domain/value.h"\n', "app/sandbox/server.h:1"),
    "app/sandbox/server.cpp": ('#include "server.h"\n#include <QObject>\n', None),
    "app/main.cpp": ('#include "mainwindow.h"\n#include "sandbox/server.h"\n', None),
    "app/elsewhere/thing.h": ("", "app/elsewhere/thing.h: is in no layer"),
    "models/listmodel.h": ('#include <QtWidgets/QLabel>\n#include "api/client.h"\n',
                           "models/listmodel.h:1"),
    "models/listmodel.cpp": ('#include "session/session.h"\n', "models/listmodel.cpp:1"),
    "ui/mainwindow.h": ('#include <QWidget>\n#include "session/session.h"\n', None),
    "ui/mainwindow.cpp": ('#include "sandbox/server.h"\n', "ui/mainwindow.cpp:1"),
}


def self_test(widget_dirs):
    widgets = widget_headers(widget_dirs)
    for needed in ("QWidget", "QtWidgets/QLabel", "qwidget.h"):
        if needed not in widgets:
            print(f"self-test: the widget header list misses {needed}", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory() as scratch:
        for path, (content, _) in SELF_TEST_TREE.items():
            os.makedirs(os.path.dirname(os.path.join(scratch, path)), exist_ok=True)
            with open(os.path.join(scratch, path), "w", encoding="utf-8") as file:
                file.write(content)
        problems, _, _ = check(scratch, widgets)
    failed = False
    for path, (_, expected) in SELF_TEST_TREE.items():
        reported = [p for p in problems if p.startswith(path)]
        if expected is None and reported:
            print(f"self-test: {path} is allowed but was reported: {reported}", file=sys.stderr)
            failed = True
        if expected is not None and not any(expected in p for p in reported):
            print(f"self-test: {path} breaks a rule that was not reported", file=sys.stderr)
            failed = True
    print("\n".join(problems))
    if failed:
        return 1
    print(f"self-test: each of the {len(problems)} broken rules was reported, nothing else")
    return 0


def main(arguments):
    if len(arguments) >= 2 and arguments[0] == "--self-test":
        return self_test(arguments[1:])
    if len(arguments) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    source_dir, widget_dirs = arguments[0], arguments[1:]
    problems, files, includes = check(source_dir, widget_headers(widget_dirs))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(
            f"{len(problems)} include(s) break the layer map (CONTRIBUTING.md, Layers)",
            file=sys.stderr,
        )
        return 1
    print(f"{files} files, {includes} includes: every one within the layer map")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
