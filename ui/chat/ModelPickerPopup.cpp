// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ModelPickerPopup.h"

#include "ClearButton.h"
#include "runyour/ModelChoice.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sajudesk {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

ModelComboBox::ModelComboBox(QWidget *parent)
    : QComboBox(parent)
{
    // Selecting a model hides the status, and with it the room kept for the status.
    connect(this, &QComboBox::currentIndexChanged, this, &QWidget::updateGeometry);
}

void ModelComboBox::showPopup()
{
    emit popupRequested();
}

void ModelComboBox::setStatusText(const QString &text)
{
    setPlaceholderText(text);
    // QComboBox keeps the size it measured with an earlier placeholder (often a shorter one).
    updateGeometry();
}

QSize ModelComboBox::sizeHint() const
{
    return fitStatus(QComboBox::sizeHint());
}

QSize ModelComboBox::minimumSizeHint() const
{
    return fitStatus(QComboBox::minimumSizeHint());
}

QSize ModelComboBox::fitStatus(QSize size) const
{
    const QString status = placeholderText();
    if (currentIndex() >= 0 || status.isEmpty())
        return size;
    // The style draws the text 1 px inside the edit field on each side (QCommonStyle, CE_ComboBoxLabel).
    const int text = fontMetrics().horizontalAdvance(status) + 2;
    QStyleOptionComboBox option;
    initStyleOption(&option);
    int width =
        style()->sizeFromContents(QStyle::CT_ComboBox, &option, QSize(text, fontMetrics().height()), this).width();
    // A style may leave the edit field narrower than the contents it sized the box for.
    option.rect = QRect(0, 0, width, size.height());
    width += std::max(
        0, text - style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this).width());
    return {std::max(size.width(), width), size.height()};
}

ModelPickerPopup::ModelPickerPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_typedButton(new QPushButton(this))
    , m_typedError(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("modelPickerPopup"));
    setFrameShape(QFrame::StyledPanel);
    m_search->setObjectName(QStringLiteral("modelSearchEdit"));
    m_list->setObjectName(QStringLiteral("modelList"));
    m_typedButton->setObjectName(QStringLiteral("useTypedModelButton"));
    m_typedError->setObjectName(QStringLiteral("typedModelErrorLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("modelListEmptyLabel"));
    enableClearButtonWithText(m_search);
    m_search->installEventFilter(this);
    m_list->setUniformItemSizes(true);
    m_typedError->setWordWrap(true);
    m_typedError->hide();
    m_typedButton->hide();
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();
    m_typedButton->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_typedButton);
    layout->addWidget(m_typedError);

    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_typedError->hide();
        rebuild();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &ModelPickerPopup::acceptCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &ModelPickerPopup::choose);
    connect(m_list, &QListWidget::itemClicked, this, &ModelPickerPopup::choose);
    connect(m_typedButton, &QPushButton::clicked, this, &ModelPickerPopup::acceptTyped);
    retranslateUi();
}

void ModelPickerPopup::setModels(const QStringList &ids, const QStringList &recent, const QString &current)
{
    m_ids = ids;
    m_recent = recent;
    m_current = current;
    rebuild();
}

void ModelPickerPopup::popup(QWidget *anchor)
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_typedError->hide();
    rebuild();
    const QPoint below = anchor->mapToGlobal(QPoint(0, anchor->height()));
    // As tall as the whole list (up to about 20 rows), so a short list leaves no empty box.
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 2);
    const int listHeight = rowHeight * std::clamp(m_list->count(), 4, 20) + 2 * m_list->frameWidth();
    const int extras = m_search->sizeHint().height() + m_typedButton->sizeHint().height() + 40;
    QSize size(std::max(anchor->width(), 340), listHeight + extras);
    if (const QScreen *screen = anchor->screen()) {
        const QRect area = screen->availableGeometry();
        size.setHeight(std::min(size.height(), area.bottom() - below.y()));
    }
    resize(size);
    move(below);
    show();
    m_search->setFocus(Qt::PopupFocusReason);
}

void ModelPickerPopup::rebuild()
{
    const QString filter = m_search->text().trimmed();
    const QList<ModelChoice::Row> rows = ModelChoice::groupedRows(m_ids, m_recent, filter);
    m_list->clear();
    QListWidgetItem *select = nullptr;
    QListWidgetItem *firstModel = nullptr;
    for (const ModelChoice::Row &row : rows) {
        auto *item = new QListWidgetItem(m_list);
        if (row.kind == ModelChoice::Row::Kind::Header) {
            item->setText(row.group == ModelChoice::RecentGroup ? tr("Recently used")
                          : row.group.isEmpty()                 ? tr("Other")
                                                                : row.group);
            item->setFlags(Qt::ItemIsEnabled); // readable, never selected
            item->setForeground(palette().brush(QPalette::PlaceholderText));
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            continue;
        }
        item->setText(QStringLiteral("    ") + row.id);
        item->setData(IdRole, row.id);
        if (!firstModel)
            firstModel = item;
        if (!select && filter.isEmpty() && row.id == m_current)
            select = item;
    }
    if (!select)
        select = firstModel;
    if (select)
        m_list->setCurrentItem(select);
    m_emptyLabel->setVisible(rows.isEmpty());
    m_emptyLabel->setText(m_ids.isEmpty() && m_recent.isEmpty() ? tr("No models are listed. Type a model id above.")
                                                                : tr("No model contains “%1”.").arg(filter));
    // A typed id not in the list can be used as it is (after the check in acceptTyped).
    const bool offerTyped = !filter.isEmpty() && !m_ids.contains(filter) && !m_recent.contains(filter);
    m_typedButton->setVisible(offerTyped);
    if (offerTyped)
        m_typedButton->setText(tr("Use “%1”").arg(filter));
}

void ModelPickerPopup::moveSelection(int step)
{
    int row = m_list->currentRow();
    for (int i = 0; i < m_list->count(); ++i) {
        row += step;
        if (row < 0 || row >= m_list->count())
            return;
        if (m_list->item(row)->flags() & Qt::ItemIsSelectable) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ModelPickerPopup::acceptCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (item && !item->data(IdRole).toString().isEmpty())
        choose(item);
    else if (!m_search->text().trimmed().isEmpty())
        acceptTyped();
}

void ModelPickerPopup::acceptTyped()
{
    const QString id = m_search->text().trimmed();
    QString problem;
    switch (ModelChoice::checkId(id, m_requirePrefix)) {
    case ModelChoice::IdProblem::None:
        break;
    case ModelChoice::IdProblem::Empty:
        problem = tr("Type a model id first.");
        break;
    case ModelChoice::IdProblem::Whitespace:
        problem = tr("A model id has no spaces.");
        break;
    case ModelChoice::IdProblem::NoProviderPrefix:
        problem = tr("RunYour AI needs “provider/model”, for example “openai/gpt-5.2”.");
        break;
    }
    if (!problem.isEmpty()) {
        m_typedError->setText(problem);
        m_typedError->show();
        return;
    }
    hide();
    emit modelChosen(id, true);
}

void ModelPickerPopup::choose(QListWidgetItem *item)
{
    const QString id = item ? item->data(IdRole).toString() : QString();
    if (id.isEmpty())
        return;
    hide();
    emit modelChosen(id, false);
}

bool ModelPickerPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            moveSelection(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ModelPickerPopup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild();
    }
    QFrame::changeEvent(event);
}

void ModelPickerPopup::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search models or type an id…"));
    m_search->setAccessibleName(tr("Search models"));
    m_list->setAccessibleName(tr("Models"));
}

} // namespace sajudesk
