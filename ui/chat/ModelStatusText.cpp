// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ModelStatusText.h"

#include "AppServices.h"
#include "keys/KeyManager.h"
#include "runyour/ModelsRequest.h"

#include <QCoreApplication>

namespace sajudesk::ModelStatusText {

using ModelChoice::ListState;

ListState stateOf(const AppServices *services)
{
    if (!services)
        return ListState::NoKey;
    if (services->keyUnknown(AppServices::Service::RunYour))
        return ListState::Loading; // the keychain answers after the first frame
    const ModelCatalog *catalog = services->models();
    const bool rejected = services->keys()->authState(AppServices::Service::RunYour) == KeyManager::AuthState::Rejected;
    const bool loading = !services->isStarted() || catalog->isLoading();
    return ModelChoice::listState(services->hasKey(AppServices::Service::RunYour), rejected, loading,
                                  catalog->isLoaded(), static_cast<int>(catalog->models().size()),
                                  catalog->lastError());
}

QString pickerText(ListState state)
{
    switch (state) {
    case ListState::Ready:
        return {};
    case ListState::Loading:
        return QCoreApplication::translate("ModelStatusText", "Loading models…");
    case ListState::NoKey:
        return QCoreApplication::translate("ModelStatusText", "No RunYour key — add one");
    case ListState::KeyRejected:
        return QCoreApplication::translate("ModelStatusText", "Key rejected");
    case ListState::Offline:
        return QCoreApplication::translate("ModelStatusText", "Offline — retry");
    case ListState::Failed:
        return QCoreApplication::translate("ModelStatusText", "Models could not be loaded");
    case ListState::Empty:
        return QCoreApplication::translate("ModelStatusText", "The service offers no models");
    }
    return {};
}

QString actionText(ListState state)
{
    switch (state) {
    case ListState::NoKey:
        return QCoreApplication::translate("ModelStatusText", "Add Key…");
    case ListState::KeyRejected:
        return QCoreApplication::translate("ModelStatusText", "Open API Keys…");
    case ListState::Offline:
    case ListState::Failed:
    case ListState::Empty:
        return QCoreApplication::translate("ModelStatusText", "Retry");
    case ListState::Ready:
    case ListState::Loading:
        break;
    }
    return {};
}

bool actionOpensKeys(ListState state)
{
    return state == ListState::NoKey || state == ListState::KeyRejected;
}

QString sendText(ListState state)
{
    switch (state) {
    case ListState::NoKey:
        return QCoreApplication::translate(
            "ModelStatusText", "Chat needs a RunYour AI key. Add one in Settings › API Keys. Your text is kept.");
    case ListState::KeyRejected:
        return QCoreApplication::translate(
            "ModelStatusText",
            "RunYour AI rejected the key, so no model can be used. Enter a new key in Settings › API Keys. "
            "Your text is kept.");
    case ListState::Offline:
        return QCoreApplication::translate(
            "ModelStatusText",
            "The model list could not be loaded: no connection. Check the network and press Retry next to "
            "the model picker. Your text is kept.");
    case ListState::Failed:
        return QCoreApplication::translate(
            "ModelStatusText",
            "The model list could not be loaded. Press Retry next to the model picker. Your text is kept.");
    case ListState::Empty:
        return QCoreApplication::translate(
            "ModelStatusText",
            "RunYour AI offers no models for this key. Type a model id in the picker or try again later. "
            "Your text is kept.");
    case ListState::Loading:
        return QCoreApplication::translate(
            "ModelStatusText", "The model list is still loading. Send again in a moment; your text is kept.");
    case ListState::Ready:
        break;
    }
    return QCoreApplication::translate("ModelStatusText", "Choose a model in the picker above. Your text is kept.");
}

} // namespace sajudesk::ModelStatusText
