# The BalancePrompt component on a demo clinic (Qt Quick Test, offscreen): the view model
# through the real QML, mouse and keyboard. Included from tests/desk/CMakeLists.txt.
# Only this folder's prompt tests: the desk's own tst_desk.qml runs in its own program.
frontdesk_add_quick_test(
  NAME desk/prompt_quick
  PROGRAM prompt_quick_test
  INPUT ${CMAKE_CURRENT_SOURCE_DIR}/tst_balance_prompt.qml
  LABELS desk
  SOURCES prompt_quick_test.cpp prompt_fixture.cpp prompt_fixture.h
  LIBRARIES frontdesk_prompt frontdesk_promptplugin)
