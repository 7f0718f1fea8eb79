#include "listfilterproxy.h"
#include "pagedlistmodel.h"
#include "tableexport.h"

#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// CSV (RFC 4180, UTF-8, formula guard) and TSV export of any table model, in the proxy's order.
class TestTableExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QStandardItemModel> m_model;

    void addRow(const QStringList &cells, int sortKey)
    {
        QList<QStandardItem *> items;
        for (const QString &cell : cells) {
            auto *item = new QStandardItem(cell);
            item->setData(sortKey, PagedListModel::RawValueRole);
            items.append(item);
        }
        m_model->appendRow(items);
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<QStandardItemModel>(0, 3);
        m_model->setHorizontalHeaderLabels({u"Business"_s, u"Numbers"_s, u"Note"_s});
        addRow({u"Acme, Inc."_s, u"+18005550100"_s, u"said \"hi\""_s}, 2);
        addRow({u"Café ☕ Zürich"_s, u"+18005550100, +18885550101"_s, u"line one\nline two"_s}, 1);
        addRow({u"=HYPERLINK(\"http://x\")"_s, u"-2+3"_s, u"@SUM(A1)"_s}, 3);
    }

    void cleanup() { m_model.reset(); }

    void csvField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"Acme"_s << u"Acme"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"x\""_s << u"\"say \"\"x\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("space kept") << u" a "_s << u" a "_s;
        QTest::newRow("formula =") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("formula +") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
        QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("formula tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("formula and quotes")
            << u"=HYPERLINK(\"u\",\"t\")"_s << u"\"'=HYPERLINK(\"\"u\"\",\"\"t\"\")\""_s;
        QTest::newRow("e164") << u"+18005550100"_s << u"+18005550100"_s;
        QTest::newRow("e164 list")
            << u"+18005550100, +18885550101"_s << u"\"+18005550100, +18885550101\""_s;
        QTest::newRow("e164 then text") << u"+18005550100 call me"_s << u"'+18005550100 call me"_s;
        QTest::newRow("plus only") << u"+"_s << u"'+"_s;
        QTest::newRow("too many digits") << u"+1234567890123456"_s << u"'+1234567890123456"_s;
        QTest::newRow("trailing comma") << u"+18005550100,"_s << u"\"'+18005550100,\""_s;
        QTest::newRow("equals inside") << u"a=b"_s << u"a=b"_s;
    }

    void csvField()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(TableExport::csvField(text), field);
    }

    void csvOfWholeModel()
    {
        const QByteArray csv = TableExport::toCsv(m_model.get());
        const QByteArray expected = "Business,Numbers,Note\r\n"
                                    "\"Acme, Inc.\",+18005550100,\"said \"\"hi\"\"\"\r\n"
                                    "Caf\xc3\xa9 \xe2\x98\x95 Z\xc3\xbcrich,\"+18005550100, "
                                    "+18885550101\",\"line one\nline "
                                    "two\"\r\n"
                                    "\"'=HYPERLINK(\"\"http://x\"\")\",'-2+3,'@SUM(A1)\r\n";
        QCOMPARE(csv, expected);
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
    }

    void csvFollowsTheProxyOrderAndColumnChoice()
    {
        ListFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        proxy.sort(0, Qt::AscendingOrder); // RawValueRole: Café (1), Acme (2), formula (3)
        CsvExportOptions options;
        options.columns = {2, 0};
        options.byteOrderMark = true;
        const QByteArray csv = TableExport::toCsv(&proxy, options);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines.value(0), QByteArray("Note,Business\r"));
        QCOMPARE(lines.value(1), QByteArray("\"line one"));
        QCOMPARE(lines.value(2), QByteArray("line two\",Caf\xc3\xa9 \xe2\x98\x95 Z\xc3\xbcrich\r"));
        QCOMPARE(lines.value(3), QByteArray("\"said \"\"hi\"\"\",\"Acme, Inc.\"\r"));
    }

    void csvOfFilteredProxyHasOnlyVisibleRows()
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            m_model->item(row, 0)->setData(m_model->item(row, 0)->text().toLower(),
                                           PagedListModel::SearchTextRole);
        }
        ListFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setFilterText(u"acme"_s);
        const QList<QByteArray> lines = TableExport::toCsv(&proxy).split('\n');
        QCOMPARE(lines.size(), 3); // header, one row, and the empty rest after the last CRLF
        QVERIFY(lines.at(1).startsWith("\"Acme, Inc.\""));
        QVERIFY(lines.at(2).isEmpty());
    }

    void writesFileAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"requests.csv"_s);
        QString error;
        QVERIFY(TableExport::writeCsvFile(m_model.get(), path, &error));
        QVERIFY(error.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), TableExport::toCsv(m_model.get()));

        const QString impossible = dir.filePath(u"missing/folder/requests.csv"_s);
        QVERIFY(!TableExport::writeCsvFile(m_model.get(), impossible, &error));
        QVERIFY(error.contains(impossible));
        QVERIFY(!QFile::exists(impossible));
    }

    void tsvOfSelectedRows()
    {
        // A selection of cells in any order, with rows repeated: each row once, model order.
        const QModelIndexList selection{m_model->index(2, 1), m_model->index(0, 0),
                                        m_model->index(2, 0), m_model->index(0, 2)};
        const QString tsv = TableExport::toTsv(m_model.get(), selection);
        QCOMPARE(tsv, u"Acme, Inc.\t+18005550100\tsaid \"hi\"\n"
                      u"'=HYPERLINK(\"http://x\")\t'-2+3\t'@SUM(A1)\n"_s);

        const QString withHeader =
            TableExport::toTsv(m_model.get(), {m_model->index(1, 0)}, true, {2, 1});
        QCOMPARE(withHeader, u"Note\tNumbers\nline one line two\t+18005550100, +18885550101\n"_s);

        QVERIFY(TableExport::toTsv(m_model.get(), {}).isEmpty());
        QStandardItemModel other(1, 1);
        QVERIFY(TableExport::toTsv(m_model.get(), {other.index(0, 0)}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
