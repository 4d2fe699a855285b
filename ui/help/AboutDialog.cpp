// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/AboutDialog.h"

#include "core/BuildInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QVBoxLayout>

namespace sajudesk {

namespace {
const QString homepageUrl = QStringLiteral("https://github.com/sajudesk/sajudesk");
const QString issuesUrl = QStringLiteral("https://github.com/sajudesk/sajudesk/issues");
const QString licenceUrl = QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html");
// The order of facts() and of the rows.
enum Row {
    VersionRow,
    BuildDateRow,
    CommitRow,
    QtRow,
    QtKeychainRow,
    SystemRow,
    WindowSystemRow,
    DataFolderRow,
    SettingsFileRow,
    CacheFolderRow,
    KeysRow,
    RowCount
};

QString qtVersions()
{
    return QStringLiteral("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

QString systemText()
{
    return QStringLiteral("%1, %2 %3, %4")
        .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
             QSysInfo::currentCpuArchitecture());
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_icon = new QLabel(this);
    m_icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("aboutTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int row = 0; row < RowCount; ++row) {
        auto *label = new QLabel(this);
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("aboutValue%1").arg(row));
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setCursor(Qt::IBeamCursor);
        label->setBuddy(value);
        m_form->addRow(label, value);
        m_rows.append(qMakePair(label, value));
    }
    m_licence = new QLabel(this);
    m_licence->setObjectName(QStringLiteral("aboutLicenceLabel"));
    m_licence->setWordWrap(true);
    m_licence->setTextFormat(Qt::RichText);
    m_licence->setOpenExternalLinks(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("aboutStatusLabel"));
    m_status->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copyButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("aboutCopyButton"));
    connect(m_copyButton, &QPushButton::clicked, this, &AboutDialog::copyToClipboard);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(m_title);
    headerText->addWidget(m_summary);
    header->addLayout(headerText, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addLayout(m_form);
    layout->addSpacing(8);
    layout->addWidget(m_licence);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    retranslateUi();
}

QList<AboutDialog::Fact> AboutDialog::facts()
{
    QList<Fact> out(RowCount);
    out[VersionRow] = {QStringLiteral("Version"), QString::fromLatin1(buildinfo::versionString)};
    out[BuildDateRow] = {QStringLiteral("Build date"), buildinfo::buildDate()};
    out[CommitRow] = {QStringLiteral("Commit"), buildinfo::gitCommit()};
    out[QtRow] = {QStringLiteral("Qt"), qtVersions()};
    out[QtKeychainRow] = {QStringLiteral("QtKeychain"), buildinfo::qtKeychainVersion()};
    out[SystemRow] = {QStringLiteral("System"), systemText()};
    out[WindowSystemRow] = {QStringLiteral("Window system"), QGuiApplication::platformName()};
    out[DataFolderRow] = {QStringLiteral("Data folder"),
                          QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))};
    out[SettingsFileRow] = {QStringLiteral("Settings file"), QDir::toNativeSeparators(QSettings().fileName())};
    out[CacheFolderRow] = {QStringLiteral("Cache folder"),
                           QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))};
    out[KeysRow] = {QStringLiteral("API keys"), QStringLiteral("system keychain, service \"SajuDesk\"")};
    return out;
}

QString AboutDialog::supportText()
{
    QStringList lines{QStringLiteral("SajuDesk %1").arg(QString::fromLatin1(buildinfo::versionString))};
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    for (const Fact &fact : facts()) {
        QString value = fact.value.isEmpty() ? QStringLiteral("not recorded") : fact.value;
        // The user's name is in the home folder's path; support needs the layout, not the name.
        if (!home.isEmpty() && value.startsWith(home))
            value = QLatin1Char('~') + value.mid(home.size());
        lines << QStringLiteral("%1: %2").arg(fact.supportLabel, value);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AboutDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(supportText());
    m_status->setText(tr("Copied. Paste it into your support request; it contains no API keys."));
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About SajuDesk"));
    m_title->setText(tr("SajuDesk %1").arg(QString::fromLatin1(buildinfo::versionString)));
    m_summary->setText(tr("Four pillars (사주팔자), daily fortune and AI chat in one desktop app, in Korean and "
                          "English."));
    const QString labels[RowCount] = {
        tr("Version:"),       tr("Build date:"),   tr("Commit:"),        tr("Qt:"),
        tr("QtKeychain:"),    tr("System:"),       tr("Window system:"), tr("Data folder:"),
        tr("Settings file:"), tr("Cache folder:"), tr("API keys:")};
    const QList<Fact> values = facts();
    for (int row = 0; row < RowCount; ++row) {
        m_rows.at(row).first->setText(labels[row]);
        QString value = values.at(row).value;
        if (row == CommitRow && value.isEmpty())
            value = tr("not recorded (built outside a git checkout)");
        else if (row == QtRow)
            value = tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
        else if (row == KeysRow)
            value = tr("in the system keychain (service “SajuDesk”), never in a file");
        m_rows.at(row).second->setText(value);
    }
    m_licence->setText(
        QStringLiteral("<p>%1</p><p><a href=\"%2\">%3</a> · <a href=\"%4\">%5</a> · <a href=\"%6\">%7</a></p>")
            .arg(tr("SajuDesk is free software: you may share and change it under the GNU General Public "
                    "License, version 3 or (at your option) any later version. It comes with no warranty.")
                     .toHtmlEscaped(),
                 licenceUrl, tr("Licence").toHtmlEscaped(), homepageUrl, tr("Website").toHtmlEscaped(), issuesUrl,
                 tr("Report a problem").toHtmlEscaped()));
    m_copyButton->setText(tr("&Copy Details"));
    m_copyButton->setToolTip(tr("Copy these details for a support request (labels in English, no API keys)"));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_status->clear();
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace sajudesk
