#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QJsonObject>

// A requested page: number (1-based) and size, read from the query.
struct SandboxPage
{
    static constexpr int defaultSize = 20;
    static constexpr int maximumSize = 1000;

    qint64 number = 1;
    int size = defaultSize;

    // Reads the two query keys ("page[number]"/"page[size]" or "page"/"page_size").
    // Returns false and sets *error (422) when a value is not a positive integer or too big.
    static bool parse(const SandboxRequest &request, const QString &numberKey,
                      const QString &sizeKey, SandboxPage *page, SandboxResponse *error);

    qint64 offset() const { return (number - 1) * size; }
    // {"page_number", "page_size", "total_pages", "total_results"}
    QJsonObject meta(qint64 totalResults) const;
};
