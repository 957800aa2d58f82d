pragma Singleton
import QtQuick

// Private to FrontDesk.Prompt: which BalancePrompt of the engine holds the focus, so that a
// `current` prompt leaves Alt+<n> to a focused one (two enabled shortcuts with the same keys
// would both stay silent).
QtObject {
    property Item focused: null
}
