// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runyour/ModelChoice.h"

#include <QString>

namespace sajudesk {

class AppServices;

/// The words for ModelChoice::ListState, shared by the model picker (in place, with its action)
/// and the chat's Send (which explains the same cause instead of "pick a model").
namespace ModelStatusText {

ModelChoice::ListState stateOf(const AppServices *services);
/// Short, in the picker: "No RunYour key — add one", "Key rejected", "Offline — retry" …
QString pickerText(ModelChoice::ListState state);
/// The picker's button for the state ("Add Key…", "Retry"); empty when there is none.
QString actionText(ModelChoice::ListState state);
/// What Send says when no model can be used because of `state`.
QString sendText(ModelChoice::ListState state);
/// The action opens Settings › API Keys (else it reloads the list).
bool actionOpensKeys(ModelChoice::ListState state);

} // namespace ModelStatusText

} // namespace sajudesk
