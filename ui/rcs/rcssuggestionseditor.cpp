#include "rcssuggestionseditor.h"

#include "domain/validators.h"
#include "widgets/fieldfeedback.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

RcsSuggestionsEditor::SuggestionType rowType(const QTableWidget *table, int row)
{
    const auto *typeCombo =
        qobject_cast<const QComboBox *>(table->cellWidget(row, RcsSuggestionsEditor::TypeColumn));
    return typeCombo ? RcsSuggestionsEditor::SuggestionType(typeCombo->currentData().toInt())
                     : RcsSuggestionsEditor::SuggestionType::Reply;
}

} // namespace

RcsSuggestionsEditor::RcsSuggestionsEditor(QWidget *parent)
    : QGroupBox(tr("Suggested replies and actions"), parent)
{
    setObjectName(u"suggestionsGroup"_s);
    auto *layout = new QVBoxLayout(this);
    auto *note =
        new QLabel(tr("Chips shown under the message: a reply sends its text back; Dial calls "
                      "a number; Open URL opens a link. Text at most %1 characters; postback "
                      "data is what your webhook receives.")
                       .arg(RcsLimits::maxSuggestionTextLength),
                   this);
    note->setWordWrap(true);
    note->setEnabled(false); // the palette's muted text
    layout->addWidget(note);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"suggestionTable"_s);
    m_table->setAccessibleName(title());
    m_table->setHorizontalHeaderLabels(
        {tr("Type"), tr("Text"), tr("Postback data"), tr("Phone number or URL")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TypeColumn, 110);
    m_table->setColumnWidth(TextColumn, 150);
    m_table->setColumnWidth(PostbackColumn, 140);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(110);
    m_table->setMaximumHeight(170);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table);
    m_feedback = new FieldFeedback(
        m_table, [this] { return problem(); }, this);
    layout->addWidget(m_feedback->messageLabel());
    auto *buttons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("A&dd suggestion"), this);
    m_addButton->setObjectName(u"addSuggestionButton"_s);
    m_addButton->setAutoDefault(false);
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(u"removeSuggestionButton"_s);
    m_removeButton->setAutoDefault(false);
    m_removeButton->setEnabled(false);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        insertRow(SuggestionType::Reply, {}, {}, {});
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, TextColumn);
        m_table->editItem(m_table->item(row, TextColumn));
    });
    connect(m_removeButton, &QPushButton::clicked, this, &RcsSuggestionsEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        m_feedback->setServerProblem({});
        m_feedback->setTouched(true);
        Q_EMIT edited();
    });
}

void RcsSuggestionsEditor::addSuggestion(SuggestionType type, const QString &text,
                                         const QString &postbackData, const QString &target)
{
    insertRow(type, text, postbackData, target);
    m_feedback->setTouched(true);
}

void RcsSuggestionsEditor::insertRow(SuggestionType type, const QString &text,
                                     const QString &postback, const QString &target)
{
    if (m_table->rowCount() >= RcsLimits::maxCardSuggestions)
        return;
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *typeCombo = new QComboBox(m_table);
    typeCombo->setObjectName(u"suggestionTypeCombo"_s);
    typeCombo->addItem(tr("Reply"), int(SuggestionType::Reply));
    typeCombo->addItem(tr("Dial"), int(SuggestionType::Dial));
    typeCombo->addItem(tr("Open URL"), int(SuggestionType::OpenUrl));
    typeCombo->setCurrentIndex(typeCombo->findData(int(type)));
    m_table->setCellWidget(row, TypeColumn, typeCombo);
    m_table->setItem(row, TextColumn, new QTableWidgetItem(text));
    m_table->setItem(row, PostbackColumn, new QTableWidgetItem(postback));
    auto *targetItem = new QTableWidgetItem(target);
    m_table->setItem(row, TargetColumn, targetItem);

    const auto applyType = [this, typeCombo, targetItem] {
        const auto chosen = SuggestionType(typeCombo->currentData().toInt());
        const QSignalBlocker itemBlocker(m_table);
        // A reply has no target: the cell is greyed out and not editable.
        targetItem->setFlags(chosen == SuggestionType::Reply
                                 ? Qt::ItemIsSelectable
                                 : Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsEnabled);
        targetItem->setBackground(chosen == SuggestionType::Reply
                                      ? m_table->palette().brush(QPalette::Window)
                                      : QBrush());
        targetItem->setToolTip(chosen == SuggestionType::Dial
                                   ? tr("The number to call, in E.164.")
                                   : (chosen == SuggestionType::OpenUrl
                                          ? tr("The web address to open.")
                                          : tr("A reply needs no phone number or URL.")));
    };
    applyType();
    connect(typeCombo, &QComboBox::currentIndexChanged, this, [this, applyType] {
        applyType();
        m_feedback->setServerProblem({});
        m_feedback->setTouched(true);
    });
    updateAddButton();
    m_feedback->refresh();
}

void RcsSuggestionsEditor::removeSelectedRows()
{
    QList<int> rows;
    const auto ranges = m_table->selectedRanges();
    for (const QTableWidgetSelectionRange &range : ranges) {
        for (int row = range.topRow(); row <= range.bottomRow(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    updateAddButton();
    m_feedback->setServerProblem({});
    m_feedback->refresh();
}

void RcsSuggestionsEditor::updateAddButton()
{
    m_addButton->setEnabled(m_table->rowCount() < RcsLimits::maxCardSuggestions);
}

RcsSuggestion RcsSuggestionsEditor::rowSuggestion(int row) const
{
    const QString text = cellText(m_table, row, TextColumn);
    const QString postback = cellText(m_table, row, PostbackColumn);
    const QString target = cellText(m_table, row, TargetColumn);
    switch (rowType(m_table, row)) {
    case SuggestionType::Reply:
        break;
    case SuggestionType::Dial:
        return RcsSuggestion::dialAction(text, target, postback);
    case SuggestionType::OpenUrl:
        return RcsSuggestion::openUrlAction(text, target, postback);
    }
    return RcsSuggestion::reply(text, postback);
}

bool RcsSuggestionsEditor::isBlankRow(int row) const
{
    // A reply's target cell is not part of it.
    return cellText(m_table, row, TextColumn).isEmpty() &&
           cellText(m_table, row, PostbackColumn).isEmpty() &&
           (rowType(m_table, row) == SuggestionType::Reply ||
            cellText(m_table, row, TargetColumn).isEmpty());
}

QList<RcsSuggestion> RcsSuggestionsEditor::suggestions() const
{
    QList<RcsSuggestion> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!isBlankRow(row)) // a row added and left blank
            list.append(rowSuggestion(row));
    }
    return list;
}

QString RcsSuggestionsEditor::problem() const
{
    const QList<RcsSuggestion> list = suggestions();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const RcsSuggestion &suggestion = list.at(i);
        QString problem;
        if (suggestion.text.isEmpty())
            problem = tr("type the text shown on the chip.");
        else if (suggestion.text.size() > RcsLimits::maxSuggestionTextLength)
            problem = tr("the text is %1 characters long; at most %2 fit on a chip.")
                          .arg(suggestion.text.size())
                          .arg(RcsLimits::maxSuggestionTextLength);
        else if (suggestion.postbackData.size() > RcsLimits::maxPostbackDataLength)
            problem = tr("the postback data is longer than %1 characters.")
                          .arg(RcsLimits::maxPostbackDataLength);
        else if (suggestion.dial)
            problem = Validators::isE164(suggestion.dial->phoneNumber);
        else if (suggestion.openUrl)
            problem = Validators::httpUrl(suggestion.openUrl->url);
        if (!problem.isEmpty())
            return tr("Suggestion %1: %2").arg(i + 1).arg(problem);
    }
    return {};
}

QList<RcsSuggestion> RcsSuggestionsEditor::draftSuggestions() const
{
    QList<RcsSuggestion> rows;
    for (int row = 0; row < m_table->rowCount(); ++row)
        rows.append(rowSuggestion(row));
    return rows;
}

void RcsSuggestionsEditor::restoreDraftSuggestions(const QList<RcsSuggestion> &rows)
{
    m_table->setRowCount(0);
    for (const RcsSuggestion &row : rows) {
        if (row.dial)
            insertRow(SuggestionType::Dial, row.text, row.postbackData, row.dial->phoneNumber);
        else if (row.openUrl)
            insertRow(SuggestionType::OpenUrl, row.text, row.postbackData, row.openUrl->url);
        else
            insertRow(SuggestionType::Reply, row.text, row.postbackData, {});
    }
}
