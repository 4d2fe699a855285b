// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsDialog.h"

#include "settings/ChatDefaultsPage.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sajudesk {

SettingsDialog::SettingsDialog(KeyManager *keys, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    m_keysPage = new KeysPage(keys, m_tabs);
    m_tabs->addTab(m_keysPage, tr("API keys"));
    m_tabs->addTab(new ChatDefaultsPage(m_tabs), tr("Chat defaults"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setKeyTester(KeyTester tester)
{
    m_keysPage->setKeyTester(std::move(tester));
}

void SettingsDialog::hideEvent(QHideEvent *event)
{
    // Whatever way the dialog goes away, a typed key must not stay visible or in the widget.
    m_keysPage->resetSensitiveState();
    QDialog::hideEvent(event);
}

} // namespace sajudesk
