#include "api/urldomainsapi.h"
#include "consoleenglish.h"
#include "isolatedhome.h"
#include "listfilterproxy.h"
#include "listpage.h"
#include "sandboxtestbed.h"
#include "urldomainsmodel.h"
#include "widgets/statetableview.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The URL domains page: the ListPage MainWindow builds over UrlDomainsModel, against the
// in-process sandbox and its four seeded domains.
class TestUrlDomains : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<SandboxTestbed> m_bed;
    QList<UrlDomain> m_seeded;

    // Built the way MainWindow builds the page.
    std::unique_ptr<ListPage> makePage()
    {
        auto *model = new UrlDomainsModel(&m_bed->client);
        auto page = std::make_unique<ListPage>(ListPage::Options{
            u"urlDomains"_s, u"URL domains"_s, u"URL domains"_s, model, -1,
            [](const QVariant &record) { return record.value<UrlDomain>().raw; }});
        model->setParent(page.get());
        page->resize(1000, 500);
        page->show();
        model->reload();
        return page;
    }

    static bool waitLoaded(ListPage &page)
    {
        return QTest::qWaitFor(
            [&] { return page.model()->state() == PagedListModel::State::Loaded; }, 10000);
    }

    static QStringList csvLines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s);
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, QStringLiteral("urldomains-test")));
        // What users see: "1 row", "3 rows" (main.cpp installs the same).
        installEnglish();
        SandboxOptions options;
        options.speed = 0;
        m_bed = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_bed->isListening());

        auto *call = UrlDomainsApi(&m_bed->client).list(1, 100);
        connect(call, &ApiCall::finished, this, [this, call] { m_seeded = call->result().items; });
        QVERIFY(SandboxTestbed::wait(call));
        QCOMPARE(m_seeded.size(), 4);
    }

    void cleanupTestCase() { m_bed.reset(); }

    void listsTheSeededDomains()
    {
        auto page = makePage();
        QVERIFY(waitLoaded(*page));
        QAbstractItemModel *shown = page->table()->model();
        QCOMPARE(shown->rowCount(), 4);
        QStringList headers;
        for (int column = 0; column < shown->columnCount(); ++column)
            headers << shown->headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Id"_s, u"Domain"_s, u"Use case"_s}));

        for (const UrlDomain &domain : std::as_const(m_seeded)) {
            const QModelIndexList hits = shown->match(shown->index(0, 0), PagedListModel::IdRole,
                                                      domain.id, 1, Qt::MatchExactly);
            QCOMPARE(hits.size(), 1);
            const int row = hits.first().row();
            QCOMPARE(shown->index(row, UrlDomainsModel::IdColumn).data().toString(), domain.id);
            QCOMPARE(shown->index(row, UrlDomainsModel::DomainColumn).data().toString(),
                     domain.urlDomain);
            QCOMPARE(shown->index(row, UrlDomainsModel::UseCaseColumn).data().toString(),
                     domain.useCase);
        }
        auto *count = page->findChild<QLabel *>(u"urlDomainsCountLabel"_s);
        QVERIFY(count);
        QVERIFY2(count->text().contains(u'4'), qPrintable(count->text()));

        // Selecting a row shows its fields in the generic detail view.
        page->table()->setCurrentIndex(shown->index(0, 0));
        const auto record = page->currentRecord().value<UrlDomain>();
        QCOMPARE(record.id, shown->index(0, UrlDomainsModel::IdColumn).data().toString());
    }

    void filterNarrowsTheRows()
    {
        auto page = makePage();
        QVERIFY(waitLoaded(*page));
        auto *filter = page->findChild<QLineEdit *>(u"urlDomainsFilterEdit"_s);
        QVERIFY(filter);

        // A whole domain name matches exactly one row.
        const UrlDomain target = m_seeded.at(1);
        QTest::keyClicks(filter, target.urlDomain);
        QTRY_COMPARE(page->proxy()->rowCount(), 1);
        QCOMPARE(page->table()->model()->index(0, UrlDomainsModel::DomainColumn).data().toString(),
                 target.urlDomain);
        auto *count = page->findChild<QLabel *>(u"urlDomainsCountLabel"_s);
        QCOMPARE(count->text(), u"1 of 4 loaded rows"_s);

        // Use cases are searched as well: the seed has two link_shortening domains.
        filter->clear();
        QTest::keyClicks(filter, u"link_shortening"_s);
        int expected = 0;
        for (const UrlDomain &domain : std::as_const(m_seeded))
            expected += domain.useCase == u"link_shortening" ? 1 : 0;
        QVERIFY(expected > 0 && expected < 4);
        QTRY_COMPARE(page->proxy()->rowCount(), expected);

        filter->clear();
        QTRY_COMPARE(page->proxy()->rowCount(), 4);

        QTest::keyClicks(filter, u"no-such-domain-anywhere"_s);
        QTRY_COMPARE(page->proxy()->rowCount(), 0);
        QVERIFY(page->table()->placeholderText().contains(u"No URL domains match"_s));
    }

    void exportWritesTheVisibleRows()
    {
        auto page = makePage();
        QVERIFY(waitLoaded(*page));
        QTemporaryDir out;
        const QString path = out.filePath(u"domains.csv"_s);

        // Through the page's own Export… dialog (non-modal), as a user would.
        page->exportCsv();
        auto *dialog = page->findChild<QFileDialog *>(u"exportCsvDialog"_s);
        QVERIFY(dialog);
        QSignalSpy status(page.get(), &ListPage::statusMessage);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
        QTRY_COMPARE(status.size(), 1);
        QVERIFY2(status.first().first().toString().startsWith(u"Exported 4 row"_s),
                 qPrintable(status.first().first().toString()));

        const QStringList lines = csvLines(path);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.first(), u"Id,Domain,Use case"_s);
        for (const UrlDomain &domain : std::as_const(m_seeded)) {
            const QString line = domain.id % u',' % domain.urlDomain % u',' % domain.useCase;
            QVERIFY2(lines.contains(line), qPrintable(line));
        }

        // Filtered: only the rows on screen are written.
        auto *filter = page->findChild<QLineEdit *>(u"urlDomainsFilterEdit"_s);
        QTest::keyClicks(filter, m_seeded.at(2).urlDomain);
        QTRY_COMPARE(page->proxy()->rowCount(), 1);
        const QString filteredPath = out.filePath(u"filtered.csv"_s);
        QString problem;
        QVERIFY2(page->exportCsvTo(filteredPath, &problem), qPrintable(problem));
        const QStringList filtered = csvLines(filteredPath);
        QCOMPARE(filtered.size(), 2);
        QVERIFY(filtered.at(1).startsWith(m_seeded.at(2).id));
    }
};

QTEST_MAIN(TestUrlDomains)
#include "tst_urldomains.moc"
