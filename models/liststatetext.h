#pragma once

#include <QCoreApplication>
#include <QString>

// What a list shows instead of rows (loading, empty, failed, filtered out), worded once for
// every list of the console: the paged API lists (PagedListModel::emptyStateText, which the list
// pages draw) and the RCS capability results. `noun` names the rows ("verification requests",
// "numbers"); without one the wording is the model's own, shortest: "Loading…", the error
// alone, "No records.".
struct ListStateText
{
    Q_DECLARE_TR_FUNCTIONS(ListStateText)

public:
    enum class Phase {
        Idle,    // nothing asked for yet, or more may be asked for
        Working, // rows are on their way
        Done,    // every row has arrived
        Failed,  // the rows could not be had
    };

    Phase phase = Phase::Idle;
    int rows = 0;       // rows the list holds
    int shownRows = -1; // rows a filter lets through; -1: nothing filters
    QString noun;
    QString filterText;  // the text filter; empty when another filter hides the rows
    QString error;       // Failed: what went wrong, in plain words
    QString workingText; // Working: instead of "Loading <noun>…", e.g. "Checking…"
    QString idleText;    // Idle with no rows: e.g. what to do first; nothing by default

    // Empty while rows are shown (except a failure, which is always said).
    QString text() const;
};
