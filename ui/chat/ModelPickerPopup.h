// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QFrame>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace sajudesk {

/// The chat model combo box: holds the choice like any QComboBox (keyboard, setCurrentIndex),
/// but opening it asks for the searchable ModelPickerPopup instead of the flat list. While no
/// model is selected it shows a status instead, and is wide enough for all of it.
class ModelComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ModelComboBox(QWidget *parent = nullptr);
    void showPopup() override;
    /// Shown in place of a model while none is selected (the placeholder text).
    void setStatusText(const QString &text);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void popupRequested();

private:
    /// `size` widened, while the status is shown, to the width the style needs to show all of it.
    QSize fitStatus(QSize size) const;
};

/// The chooser behind ModelComboBox: a search field (contains, any case), the models grouped by
/// provider under "Recently used" (ModelChoice::groupedRows), and "Use “…”" for an id that is not
/// listed, checked before it is taken (`provider/model` only on the RunYour gateway).
class ModelPickerPopup : public QFrame
{
    Q_OBJECT
public:
    explicit ModelPickerPopup(QWidget *parent = nullptr);

    void setModels(const QStringList &ids, const QStringList &recent, const QString &current);
    void setRequireProviderPrefix(bool require) { m_requirePrefix = require; }
    /// Shows the popup under `anchor` with an empty search field holding the focus.
    void popup(QWidget *anchor);

signals:
    /// The user chose `id`; `typed` when it was entered by hand.
    void modelChosen(const QString &id, bool typed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslateUi();
    void moveSelection(int step);
    void acceptCurrent();
    void acceptTyped();
    void choose(QListWidgetItem *item);

    QLineEdit *m_search;
    QListWidget *m_list;
    QPushButton *m_typedButton;
    QLabel *m_typedError;
    QLabel *m_emptyLabel;
    QStringList m_ids;
    QStringList m_recent;
    QString m_current;
    bool m_requirePrefix = true;
};

} // namespace sajudesk
