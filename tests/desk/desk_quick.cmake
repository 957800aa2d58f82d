# The desk panel (FrontDesk.Desk) on a demo clinic (Qt Quick Test, offscreen): DeskView with a
# real DeskSession, driven by mouse and keyboard, checked on screen and in the database with
# plain SQL. Included from tests/desk/CMakeLists.txt.
qt_add_executable(desk_quick_test desk_quick_test.cpp)
target_link_libraries(desk_quick_test PRIVATE
  frontdesk_desk_app
  frontdesk_desk_modelsplugin
  frontdesk_desk_uiplugin
  frontdesk_promptplugin
  frontdesk_prompt_test_support
  PkgConfig::SQLITE3
  Qt6::QuickTest
  Qt6::Quick)
frontdesk_warnings(desk_quick_test)

# Only the desk's test file (tst_balance_prompt.qml runs in prompt_quick_test).
add_test(NAME desk/desk_quick
  COMMAND desk_quick_test -input ${CMAKE_CURRENT_SOURCE_DIR}/tst_desk.qml)
set_tests_properties(desk/desk_quick PROPERTIES
  ENVIRONMENT QT_QPA_PLATFORM=offscreen
  LABELS desk
  TIMEOUT 120)
