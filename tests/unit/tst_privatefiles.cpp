#include "storage/draftstore.h"
#include "storage/filelogger.h"
#include "storage/privatefiles.h"
#include "storage/profilestore.h"
#include "storage/rcsinvitestore.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// What the console keeps for the user is readable by that user only: folders 0700, files
// 0600, under the usual umask 022 that would otherwise make both readable by everyone.
class TestPrivateFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    mode_t m_savedUmask = 0;

    static int modeOf(const QString &path)
    {
        struct stat info = {};
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            return -1;
        return int(info.st_mode & 07777);
    }

    // Every folder and file below `root`, with the modes they have.
    static void verifyOwnerOnlyBelow(const QString &root)
    {
        QVERIFY2(modeOf(root) == 0700, qPrintable(u"%1 is %2"_s.arg(root).arg(modeOf(root), 0, 8)));
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        int entries = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const int expected = QFileInfo(path).isDir() ? 0700 : 0600;
            QVERIFY2(
                modeOf(path) == expected,
                qPrintable(
                    u"%1 is %2, not %3"_s.arg(path).arg(modeOf(path), 0, 8).arg(expected, 0, 8)));
            ++entries;
        }
        QVERIFY2(entries > 0, qPrintable(root + u" is empty"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_savedUmask = ::umask(022);
    }
    void cleanupTestCase() { ::umask(m_savedUmask); }

    void newFoldersAreOwnerOnlyAllTheWayDown()
    {
        const QString deep = m_home.filePath(u"made/of/several/levels"_s);
        QVERIFY(PrivateFiles::makeDirectory(deep));
        for (const QString &level :
             {u"made"_s, u"made/of"_s, u"made/of/several"_s, u"made/of/several/levels"_s})
            QCOMPARE(modeOf(m_home.filePath(level)), 0700);
        // An existing folder of ours is narrowed; its existing parent is left alone.
        const QString open = m_home.filePath(u"open"_s);
        QVERIFY(QDir().mkpath(open + u"/inner"_s));
        QCOMPARE(modeOf(open + u"/inner"_s), 0755);
        QVERIFY(PrivateFiles::makeDirectory(open + u"/inner"_s));
        QCOMPARE(modeOf(open + u"/inner"_s), 0700);
        QCOMPARE(modeOf(open), 0755);
    }

    void draftsAreOwnerOnly()
    {
        const QString root = m_home.filePath(u"data/drafts"_s);
        DraftStore drafts(root);
        const QString id =
            drafts.create(QString::fromLatin1(DraftStore::tollFreeKind),
                          {{u"businessContactEmail"_s, u"ada@example.com"_s}}, u"Bakery"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(drafts.save(id, {{u"businessContactPhone"_s, u"+15125550100"_s}}, u"Bakery"_s));
        verifyOwnerOnlyBelow(m_home.filePath(u"data"_s));
    }

    void inviteListsAreOwnerOnly()
    {
        const QString root = m_home.filePath(u"invites"_s);
        RcsInviteStore invites(root);
        QVERIFY(invites.recordInvite(u"agent"_s, u"+13125550100"_s, u"pending"_s));
        verifyOwnerOnlyBelow(root);
    }

    void logsAreOwnerOnlyIncludingRotatedOnes()
    {
        const QString root = m_home.filePath(u"logs"_s);
        QVERIFY(FileLogger::install(root, 200, 3));
        for (int i = 0; i < 20; ++i)
            qInfo("a line long enough to make the log rotate after a few of them: %d", i);
        FileLogger::uninstall();
        QVERIFY(QFileInfo::exists(root + u"/console.log.1"_s));
        verifyOwnerOnlyBelow(root);
    }

    void settingsAreOwnerOnly()
    {
        const QString root = m_home.filePath(u"config"_s);
        {
            ProfileStore profiles(root + u"/Org/console.conf"_s);
            QVERIFY(profiles.setCurrentProfileId(Profile::sandboxId()));
        }
        QVERIFY(QFileInfo::exists(root + u"/Org/console.conf"_s));
        QCOMPARE(modeOf(root + u"/Org"_s), 0700);
        QCOMPARE(modeOf(root + u"/Org/console.conf"_s), 0600);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
