#pragma once

#include <QHash>
#include <QString>

#include <vector>

// The entries a filtered (or sorted) list query matches, in list order, kept per query so that
// paging through a large list filters and sorts it once rather than once a page. Every list is
// dropped when `stamp` differs from the one they were made under (the area counts its changes),
// or on clear().
template<typename Entry> class SandboxListCache
{
public:
    // Queries kept at once; more (a client trying many filters) start the cache afresh.
    static constexpr qsizetype maximumQueries = 16;

    // The entries `key` matches: made by collect() unless kept from an earlier request.
    template<typename Collect>
    const std::vector<Entry> &matches(const QString &key, quint64 stamp, Collect &&collect)
    {
        if (stamp != m_stamp) {
            m_lists.clear();
            m_stamp = stamp;
        }
        auto found = m_lists.find(key);
        if (found == m_lists.end()) {
            if (m_lists.size() >= maximumQueries)
                m_lists.clear();
            found = m_lists.insert(key, collect());
        }
        return found.value();
    }

    void clear() { m_lists.clear(); }

private:
    QHash<QString, std::vector<Entry>> m_lists;
    quint64 m_stamp = 0;
};
