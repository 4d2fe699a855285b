// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/KeysPage.h"

#include <QDialog>

class QTabWidget;

namespace sajudesk {

/// The Settings dialog: the Keys page and Chat defaults (what a new conversation starts with).
/// Closing it hides and clears any key typed into it.
///
///   SettingsDialog dialog(keyManager, this);
///   dialog.setKeyTester(tester);
///   dialog.exec();
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(KeyManager *keys, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    KeysPage *keysPage() const { return m_keysPage; }
    void setKeyTester(KeyTester tester);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QTabWidget *m_tabs = nullptr;
    KeysPage *m_keysPage = nullptr;
};

} // namespace sajudesk
