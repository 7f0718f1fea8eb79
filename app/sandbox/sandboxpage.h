#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QJsonArray>
#include <QJsonObject>

// A requested page: number (1-based) and size, read from the query.
struct SandboxPage
{
    static constexpr int defaultSize = 20;
    static constexpr int maximumSize = 1000;
    // Realistic mode clamps larger sizes to these without saying so (as the TFV docs warn).
    static constexpr int realisticPlainSize = 100;     // page_size (toll-free list)
    static constexpr int realisticBracketedSize = 250; // page[size]

    qint64 number = 1;
    int size = defaultSize;

    // Reads the two query keys ("page[number]"/"page[size]" or "page"/"page_size").
    // Returns false and sets *error (422) when a value is not a positive integer or too big.
    // In realistic mode any size above the key's realistic limit is clamped silently instead.
    static bool parse(const SandboxRequest &request, const QString &numberKey,
                      const QString &sizeKey, SandboxPage *page, SandboxResponse *error,
                      bool realistic = false);

    // The page of `items` the request asks for (page[number] / page[size]) as
    // {"data": [...], "meta": {...}}, or the 422 for a bad parameter: a short list kept whole.
    static SandboxResponse dataMetaPage(const SandboxRequest &request, const QJsonArray &items,
                                        bool realistic);

    // {"data": items, "meta": meta(totalResults)} from the page's records already serialised.
    SandboxResponse dataMetaAnswer(const QList<QByteArray> &items, qint64 totalResults) const;

    qint64 offset() const { return (number - 1) * size; }
    // {"page_number", "page_size", "total_pages", "total_results"}
    QJsonObject meta(qint64 totalResults) const;
};
