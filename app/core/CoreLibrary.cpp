// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CoreLibrary.h"

#include "net/ApiError.h"

#include <QCoreApplication>

namespace sajudesk {

void initCore()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SajuDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sajudesk.app"));
    QCoreApplication::setApplicationName(QStringLiteral("SajuDesk"));
    registerApiErrorMetaType();
}

} // namespace sajudesk
