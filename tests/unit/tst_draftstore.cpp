// DraftStore: drafts as JSON files, atomic writes, listing, discarding, and what it refuses.

#include "storage/draftstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDraftStore : public QObject
{
    Q_OBJECT

private:
    static QJsonObject content(const QString &name)
    {
        return {{u"request"_s, QJsonObject{{u"businessName"_s, name}}}, {u"page"_s, 2}};
    }
    static QString kind() { return QString::fromLatin1(DraftStore::tollFreeKind); }
    // Waits until the clock the store stamps drafts with (UTC, milliseconds) is past `time`,
    // so the next save is stamped later.
    [[nodiscard]] static bool clockPassed(const QDateTime &time)
    {
        return QTest::qWaitFor([&] { return QDateTime::currentDateTimeUtc() > time; }, 1000);
    }

private Q_SLOTS:
    void createThenLoadGivesEverythingBack()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QSignalSpy changed(&store, &DraftStore::draftsChanged);
        const QString id = store.create(kind(), content(u"Acme"_s), u"Acme"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(changed.count(), 1);
        QVERIFY(QFile::exists(dir.filePath(id + u".json"_s)));

        const std::optional<Draft> draft = store.load(id);
        QVERIFY(draft);
        QCOMPARE(draft->info.id, id);
        QCOMPARE(draft->info.kind, kind());
        QCOMPARE(draft->info.title, u"Acme"_s);
        QVERIFY(draft->info.requestId.isEmpty());
        QVERIFY(!draft->info.editsExistingRequest());
        QVERIFY(draft->info.updatedAt.isValid());
        QCOMPARE(draft->content, content(u"Acme"_s));
    }

    void aSecondStoreOnTheSameDirectorySeesTheDraft()
    {
        // What a restart after a crash does: a fresh store reads what the old one wrote.
        QTemporaryDir dir;
        QString id;
        {
            DraftStore first(dir.path());
            id = first.create(kind(), content(u"Acme"_s), u"Acme"_s, u"req-42"_s);
        }
        DraftStore second(dir.path());
        const QList<DraftInfo> drafts = second.list(kind());
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().id, id);
        QCOMPARE(drafts.first().requestId, u"req-42"_s);
        QVERIFY(drafts.first().editsExistingRequest());
        QCOMPARE(second.load(id)->content, content(u"Acme"_s));
    }

    void saveReplacesContentAndTitleAndMovesUpdatedAt()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const QString id = store.create(kind(), content(u"A"_s), u"A"_s);
        const QDateTime created = store.load(id)->info.updatedAt;
        QVERIFY(clockPassed(created));
        QSignalSpy changed(&store, &DraftStore::draftsChanged);
        QVERIFY(store.save(id, content(u"B"_s), u"B"_s));
        QCOMPARE(changed.count(), 1);
        const Draft draft = *store.load(id);
        QCOMPARE(draft.content, content(u"B"_s));
        QCOMPARE(draft.info.title, u"B"_s);
        QCOMPARE(draft.info.createdAt, created);
        QVERIFY(draft.info.updatedAt > created);

        // Saving the same thing again writes nothing and tells nobody.
        QVERIFY(store.save(id, content(u"B"_s), u"B"_s));
        QCOMPARE(changed.count(), 1);
    }

    void saveLeavesNoTemporaryFilesBehind()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const QString id = store.create(kind(), content(u"A"_s), u"A"_s);
        for (int i = 0; i < 20; ++i)
            QVERIFY(store.save(id, content(QString::number(i)), u"A"_s));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{id + u".json"_s});
    }

    void listFiltersByKindAndPutsTheNewestFirst()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const QString older = store.create(kind(), content(u"Old"_s), u"Old"_s);
        QVERIFY(clockPassed(store.load(older)->info.updatedAt));
        const QString other = store.create(u"hosted"_s, {}, u"Hosted"_s);
        QVERIFY(clockPassed(store.load(other)->info.updatedAt));
        const QString newer = store.create(kind(), content(u"New"_s), u"New"_s);
        QList<DraftInfo> drafts = store.list(kind());
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts.at(0).id, newer);
        QCOMPARE(drafts.at(1).id, older);
        QCOMPARE(store.list().size(), 3);

        QVERIFY(clockPassed(store.load(newer)->info.updatedAt));
        QVERIFY(store.save(older, content(u"Old, edited"_s), u"Old"_s));
        drafts = store.list(kind());
        QCOMPARE(drafts.at(0).id, older);
        Q_UNUSED(other);
    }

    void discardRemovesTheDraftForGood()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const QString id = store.create(kind(), content(u"A"_s), u"A"_s);
        QSignalSpy changed(&store, &DraftStore::draftsChanged);
        QVERIFY(store.discard(id));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!store.contains(id));
        QVERIFY(!store.load(id));
        QVERIFY(store.list(kind()).isEmpty());
        // A late save (a debounce timer firing after the discard) does not bring it back.
        QVERIFY(!store.save(id, content(u"B"_s), u"B"_s));
        QVERIFY(!store.contains(id));
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(!store.discard(id));
    }

    void foreignAndBrokenFilesAreSkipped()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const QString id = store.create(kind(), content(u"A"_s), u"A"_s);
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(u"notes.json"_s, "{}");
        write(u"3f1c2a00-0000-4000-8000-000000000001.json"_s, "{\"format\": \"telnyx");
        write(u"3f1c2a00-0000-4000-8000-000000000002.json"_s, "{\"format\": \"other\"}");
        write(u"readme.txt"_s, "hello");
        const QList<DraftInfo> drafts = store.list();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().id, id);
        QVERIFY(!store.load(u"3f1c2a00-0000-4000-8000-000000000001"_s));
    }

    void idsThatAreNotOursAreRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("path") << u"../../etc/passwd"_s;
        QTest::newRow("name") << u"notes"_s;
        QTest::newRow("uuid with slash") << u"3f1c2a00-0000-4000-8000-000000000001/x"_s;
    }
    void idsThatAreNotOursAreRefused()
    {
        QFETCH(QString, id);
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QVERIFY(!store.load(id));
        QVERIFY(!store.contains(id));
        QVERIFY(!store.save(id, content(u"A"_s), u"A"_s));
        QVERIFY(!store.discard(id));
    }

    void aFileCopiedUnderAnotherIdIsNotThatDraft()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const QString id = store.create(kind(), content(u"A"_s), u"A"_s);
        const QString otherId = u"3f1c2a00-0000-4000-8000-0000000000aa"_s;
        QVERIFY(QFile::copy(dir.filePath(id + u".json"_s), dir.filePath(otherId + u".json"_s)));
        QVERIFY(!store.load(otherId));
    }

    void aMissingDirectoryIsCreated()
    {
        QTemporaryDir dir;
        const QString nested = dir.filePath(u"a/b/drafts"_s);
        DraftStore store(nested);
        QVERIFY(QDir(nested).exists());
        QVERIFY(!store.create(kind(), content(u"A"_s), u"A"_s).isEmpty());
    }

    void anUnwritableDirectoryFailsCleanly()
    {
        QTemporaryDir dir;
        const QString blocked = dir.filePath(u"blocked"_s);
        {
            QFile file(blocked); // a file where the directory should be
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        DraftStore store(blocked);
        QSignalSpy changed(&store, &DraftStore::draftsChanged);
        QVERIFY(store.create(kind(), content(u"A"_s), u"A"_s).isEmpty());
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(changed.count(), 0);
        QVERIFY(store.list().isEmpty());
    }

    void theFileIsReadableJson()
    {
        // Support may need to read a draft by hand.
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const QString id = store.create(kind(), content(u"Acme"_s), u"Acme"_s);
        QFile file(dir.filePath(id + u".json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(object.value(u"kind"_s).toString(), kind());
        QCOMPARE(object.value(u"content"_s).toObject(), content(u"Acme"_s));
    }

    void aDraftIsOfferedOnlyUnderItsProfile()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QSignalSpy changed(&store, &DraftStore::draftsChanged);
        store.setProfile(u"sandbox"_s);
        QCOMPARE(changed.count(), 1); // another profile, other drafts to offer
        const QString sandboxDraft = store.create(kind(), content(u"Test"_s), u"Test"_s);
        store.setProfile(u"prod-profile"_s);
        const QString productionDraft = store.create(kind(), content(u"Real"_s), u"Real"_s);
        QVERIFY(!sandboxDraft.isEmpty() && !productionDraft.isEmpty());

        // Saving keeps the profile it was typed under, whichever is current now.
        QVERIFY(store.save(sandboxDraft, content(u"Test 2"_s), u"Test 2"_s));
        QCOMPARE(store.load(sandboxDraft)->info.profile, u"sandbox"_s);

        const auto ids = [](const QList<DraftInfo> &drafts) {
            QStringList result;
            for (const DraftInfo &info : drafts)
                result.append(info.id);
            return result;
        };
        QCOMPARE(ids(store.drafts(u"sandbox"_s)), QStringList{sandboxDraft});
        QCOMPARE(ids(store.drafts(u"prod-profile"_s)), QStringList{productionDraft});
        QVERIFY(store.drafts(u"other"_s).isEmpty());
        QVERIFY(
            store.drafts(u"sandbox"_s, QString::fromLatin1(DraftStore::hostedOrderKind)).isEmpty());
        QCOMPARE(store.list().size(), 2); // nothing is lost, only not offered
        // Still private to the user.
        QCOMPARE(QFile(dir.filePath(productionDraft + u".json"_s)).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void aDraftFromBeforeProfilesIsOfferedUnderEveryProfileAndSaysSo()
    {
        QTemporaryDir dir;
        const QString legacyId = u"0b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3"_s;
        {
            // A file as the earlier version wrote it: no "profile".
            QFile file(dir.filePath(legacyId + u".json"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QJsonObject legacy{{u"format"_s, u"telnyx-console-draft"_s},
                                     {u"version"_s, 1},
                                     {u"id"_s, legacyId},
                                     {u"kind"_s, kind()},
                                     {u"title"_s, u"Old"_s},
                                     {u"createdAt"_s, u"2025-01-01T10:00:00.000Z"_s},
                                     {u"updatedAt"_s, u"2025-01-01T10:00:00.000Z"_s},
                                     {u"content"_s, content(u"Old"_s)}};
            file.write(QJsonDocument(legacy).toJson());
        }
        DraftStore store(dir.path());
        store.setProfile(u"sandbox"_s);
        const QString sandboxDraft = store.create(kind(), content(u"Test"_s), u"Test"_s);

        for (const QString &profile : {u"sandbox"_s, u"prod-profile"_s}) {
            const QList<DraftInfo> offered = store.drafts(profile);
            const auto legacy = std::find_if(offered.cbegin(), offered.cend(),
                                             [&](const auto &i) { return i.id == legacyId; });
            QVERIFY2(legacy != offered.cend(), qPrintable(profile));
            QVERIFY(legacy->profileUnknown());
        }
        QCOMPARE(store.drafts(u"sandbox"_s).size(), 2);
        QCOMPARE(store.drafts(u"prod-profile"_s).size(), 1);
        QVERIFY(!store.load(sandboxDraft)->info.profileUnknown());
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
