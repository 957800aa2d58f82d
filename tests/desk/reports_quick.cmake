# The manager's Reports view (FrontDesk.Desk's ReportsView) on a demo clinic at 1920x1080, in
# English, Spanish and Romanian (Qt Quick Test, offscreen). Included from
# tests/desk/CMakeLists.txt.
frontdesk_add_quick_test(
  NAME desk/reports_quick
  PROGRAM reports_quick_test
  INPUT ${CMAKE_CURRENT_SOURCE_DIR}/reports_quick/tst_reports.qml
  LABELS desk
  SOURCES reports_quick_test.cpp
  LIBRARIES
    frontdesk_desk_app
    frontdesk_desk_modelsplugin
    frontdesk_desk_uiplugin
    frontdesk_promptplugin
    Qt6::Widgets)
