# The kiosk's real screens and whole check-ins (Qt Quick Test, offscreen): one executable runs
# every tst_*.qml of this folder on a demo clinic. Included from tests/kiosk/CMakeLists.txt.
qt_add_executable(kiosk_quick_test
  kiosk_quick_test.cpp
  kiosk_fixture.cpp kiosk_fixture.h
  demo_visitors.cpp demo_visitors.h)
target_link_libraries(kiosk_quick_test PRIVATE
  frontdesk_kiosk_app
  frontdesk_kiosk_modelsplugin
  frontdesk_kiosk_uiplugin
  frontdesk_controlsplugin
  Qt6::QuickTest
  Qt6::Quick)
target_compile_definitions(kiosk_quick_test PRIVATE
  QUICK_TEST_SOURCE_DIR="${CMAKE_CURRENT_SOURCE_DIR}")
frontdesk_warnings(kiosk_quick_test)

add_test(NAME kiosk/quick COMMAND kiosk_quick_test -input ${CMAKE_CURRENT_SOURCE_DIR})
set_tests_properties(kiosk/quick PROPERTIES
  ENVIRONMENT QT_QPA_PLATFORM=offscreen
  LABELS kiosk
  TIMEOUT 120)

# The on-screen keyboard, loaded as in the program (keyboard/keyboard_test.qml, named so
# that kiosk/quick does not run it without the keyboard): fails when a QML
# module the InputPanel needs is not installed.
add_test(NAME kiosk/keyboard
  COMMAND kiosk_quick_test -input ${CMAKE_CURRENT_SOURCE_DIR}/keyboard/keyboard_test.qml)
set_tests_properties(kiosk/keyboard PROPERTIES
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_IM_MODULE=qtvirtualkeyboard"
  LABELS kiosk
  TIMEOUT 120)
