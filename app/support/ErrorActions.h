// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QString>
#include <QUrl>

namespace sajudesk {

/// What the user can do about a failure, beyond reading it: the one fix the Problems panel
/// offers as a button. Pure: decided from the ApiError alone (table-tested), the widgets only
/// carry it out. Vendor pages are the ones api-contract.md names.
struct ErrorAction
{
    enum class Type {
        None,            ///< nothing the app can open for it (network, bad request …)
        OpenKeySettings, ///< the key was refused or is missing: Settings › API Keys
        OpenConsole,     ///< credits or a quota: the vendor's page where they are managed (`url`)
        SwitchModel,     ///< the model failed or is unknown: the model picker of `service`
        GoToField,       ///< the server named the field at fault (`field`, a Saju dot path)
        OpenStatusPage,  ///< the Saju API had a server error: its status page (`url`)
    };

    Type type = Type::None;
    ApiError::Service service = ApiError::Service::Local;
    QUrl url;
    QString field;

    static ErrorAction forError(const ApiError &error);
};

namespace VendorPages {
/// The Saju API dashboard: keys, plan, spending cap (api-contract §2.1, key issuance).
QUrl sajuDashboard();
/// The Saju API status page (api-contract §2.9, service_unavailable).
QUrl sajuStatus();
/// RunYour AI's guide to credits and topping up (api-contract [R5]); the contract names no
/// console address, and this page says where in the console credits are managed.
QUrl runYourCredits();
} // namespace VendorPages

} // namespace sajudesk
