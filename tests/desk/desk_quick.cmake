# The desk panel (FrontDesk.Desk) on a demo clinic (Qt Quick Test, offscreen): DeskView with a
# real DeskSession, driven by mouse and keyboard, checked on screen and in the database with
# plain SQL. Included from tests/desk/CMakeLists.txt.
# Only the desk's test file (tst_balance_prompt.qml runs in prompt_quick_test).
frontdesk_add_quick_test(
  NAME desk/desk_quick
  PROGRAM desk_quick_test
  INPUT ${CMAKE_CURRENT_SOURCE_DIR}/tst_desk.qml
  LABELS desk
  SOURCES desk_quick_test.cpp
  LIBRARIES
    frontdesk_desk_app
    frontdesk_desk_modelsplugin
    frontdesk_desk_uiplugin
    frontdesk_promptplugin)
