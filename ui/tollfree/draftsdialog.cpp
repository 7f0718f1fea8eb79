#include "draftsdialog.h"

#include "storage/draftstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column { TitleColumn, KindColumn, UpdatedColumn };

} // namespace

DraftsDialog::DraftsDialog(DraftStore *drafts, QWidget *parent)
    : QDialog(parent)
    , m_drafts(drafts)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No drafts. A request you start and close before submitting is "
                            "kept here."),
                         this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
{
    setObjectName(u"draftsDialog"_s);
    setWindowTitle(tr("Drafts"));
    m_list->setObjectName(u"draftsList"_s);
    m_list->setAccessibleName(tr("Drafts"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Title"), tr("Kind"), tr("Last change")});
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(UpdatedColumn, QHeaderView::ResizeToContents);
    m_empty->setObjectName(u"draftsEmptyLabel"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_resume->setObjectName(u"resumeDraftButton"_s);
    m_resume->setToolTip(tr("Open the draft in the wizard where it was left."));
    m_resume->setDefault(true);
    m_discard->setObjectName(u"draftsDiscardButton"_s);
    m_discard->setToolTip(tr("Delete the draft for good."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_resume, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);
    resize(620, 360);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resume, &QPushButton::clicked, this, &DraftsDialog::resumeSelected);
    connect(m_discard, &QPushButton::clicked, this, &DraftsDialog::discardSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &DraftsDialog::resumeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DraftsDialog::updateButtons);
    connect(m_drafts, &DraftStore::draftsChanged, this, &DraftsDialog::reload);
    reload();
}

void DraftsDialog::reload()
{
    const QString selected = selectedDraftId();
    m_list->clear();
    // Every kind of form keeps its drafts here: toll-free requests and hosted-number orders.
    const QList<DraftInfo> drafts = m_drafts->drafts(m_drafts->profile());
    for (const DraftInfo &draft : drafts) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(TitleColumn, draft.title.isEmpty() ? tr("Untitled") : draft.title);
        const bool hostedOrder = draft.kind == QLatin1StringView(DraftStore::hostedOrderKind);
        if (hostedOrder) {
            item->setText(KindColumn, draft.editsExistingRequest()
                                          ? tr("Hosted-number order in progress")
                                          : tr("New hosted-number order"));
        } else {
            item->setText(KindColumn, draft.editsExistingRequest()
                                          ? tr("Edit of a sent toll-free request")
                                          : tr("New toll-free request"));
        }
        if (draft.editsExistingRequest())
            item->setToolTip(KindColumn, hostedOrder ? tr("Order %1").arg(draft.requestId)
                                                     : tr("Request %1").arg(draft.requestId));
        if (draft.profileUnknown()) {
            // Saved before drafts remembered their profile: offered under every profile.
            item->setText(
                KindColumn,
                tr("%1 (from an earlier version — profile unknown)").arg(item->text(KindColumn)));
        }
        item->setText(UpdatedColumn,
                      QLocale().toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat));
        item->setData(TitleColumn, Qt::UserRole, draft.id);
    }
    m_list->setVisible(!drafts.isEmpty());
    m_empty->setVisible(drafts.isEmpty());
    if (!selected.isEmpty())
        selectDraft(selected);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QString DraftsDialog::selectedDraftId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(TitleColumn, Qt::UserRole).toString() : QString();
}

void DraftsDialog::selectDraft(const QString &draftId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(TitleColumn, Qt::UserRole).toString() == draftId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

int DraftsDialog::draftCount() const
{
    return m_list->topLevelItemCount();
}

void DraftsDialog::updateButtons()
{
    const bool any = !selectedDraftId().isEmpty();
    m_resume->setEnabled(any);
    m_discard->setEnabled(any);
}

void DraftsDialog::resumeSelected()
{
    const QString id = selectedDraftId();
    if (id.isEmpty())
        return;
    Q_EMIT resumeRequested(id);
    accept();
}

void DraftsDialog::discardSelected()
{
    const QString id = selectedDraftId();
    if (id.isEmpty())
        return;
    const QString title = m_list->currentItem()->text(TitleColumn);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard draft"),
                                tr("Delete the draft “%1”? This cannot be undone.").arg(title),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmDiscardBox"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            m_drafts->discard(id); // draftsChanged reloads the list
    });
    box->open();
}
