// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "saju/BirthFields.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace sajudesk {

namespace saju {
class SajuSession;
}
class ProfileStore;
struct BirthProfile;

/// A saved profile's fields as the form shows them, and back (the store keeps what was typed).
saju::BirthFields fieldsFromProfile(const BirthProfile &profile);
BirthProfile profileFromFields(const saju::BirthFields &fields, const QString &id);

/// The saved profiles: pick one to show that person (the session switches person), "New
/// profile" for an empty form, Save to store the form (new or over the chosen one), Delete.
/// Entries read "name · birth date" in full (the list is as wide as its longest entry).
class ProfileList : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileList(saju::SajuSession *session, QWidget *parent = nullptr);
    ~ProfileList() override;

    /// Keeps profiles in `path` (empty: ProfileStore's default file under AppDataLocation).
    void useStore(const QString &path);
    /// No profiles file (no services): the list only offers "New profile".
    void closeStore();
    bool hasStore() const { return m_store != nullptr; }
    /// The last save/delete message, in the UI language (empty when none or after an edit).
    QString statusText() const;
    QComboBox *comboBox() const { return m_combo; }

public slots:
    bool saveProfile();
    bool deleteProfile();
    /// Shows the profile with this id (empty: a new, empty profile).
    void selectProfile(const QString &id);

signals:
    void errorOccurred(const sajudesk::ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Status { None, Saved, Deleted, SaveFailed, DeleteFailed, NameNeeded };

    void reload(const QString &selectId);
    void onIndexChanged(int index);
    void updateButtons();
    void setStatus(Status status, const QString &name = {}, const QString &detail = {});
    void showStatus();
    void retranslateUi();

    saju::SajuSession *m_session;
    std::unique_ptr<ProfileStore> m_store;
    saju::BirthFields m_savedFields; ///< what the shown profile holds on disk
    Status m_status = Status::None;
    QString m_statusName;
    QString m_statusDetail;
    bool m_switching = false;

    QLabel *m_label;
    QComboBox *m_combo;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_statusLabel;
};

} // namespace sajudesk
