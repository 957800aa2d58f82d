# The BalancePrompt component on a demo clinic (Qt Quick Test, offscreen): the view model
# through the real QML, mouse and keyboard. Included from tests/desk/CMakeLists.txt.
qt_add_executable(prompt_quick_test
  prompt_quick_test.cpp
  prompt_fixture.cpp prompt_fixture.h)
target_link_libraries(prompt_quick_test PRIVATE
  frontdesk_prompt
  frontdesk_promptplugin
  frontdesk_prompt_test_support
  Qt6::QuickTest
  Qt6::Quick)
frontdesk_warnings(prompt_quick_test)

# Only this folder's prompt tests: the desk's own tst_desk_*.qml run in their own program.
add_test(NAME desk/prompt_quick
  COMMAND prompt_quick_test -input ${CMAKE_CURRENT_SOURCE_DIR}/tst_balance_prompt.qml)
set_tests_properties(desk/prompt_quick PROPERTIES
  ENVIRONMENT QT_QPA_PLATFORM=offscreen
  LABELS desk
  TIMEOUT 120)
