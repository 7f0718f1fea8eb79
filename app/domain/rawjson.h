#pragma once

#include <QJsonObject>

// Base of every value read from the server: `raw` keeps the object exactly as received, so a
// detail view can show fields this version of the console does not know yet.
//
// raw is provenance, not state: it takes no part in equality. Two values with the same fields
// compare equal even when one was parsed from a reply and the other built in code, which keeps
// `T::fromJson(x.toJson()) == x` meaningful for types with a defaulted operator==.
struct HasRawJson
{
    QJsonObject raw;

    bool operator==(const HasRawJson &) const { return true; }
};
