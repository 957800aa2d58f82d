# PromptBackend and PromptCard against a real demo database (Catch2). Included from
# tests/desk/CMakeLists.txt.
add_executable(prompt_card_test prompt_card_test.cpp)
target_link_libraries(prompt_card_test PRIVATE
  frontdesk_catch_main frontdesk_prompt frontdesk_test_support)
frontdesk_warnings(prompt_card_test)
catch_discover_tests(prompt_card_test TEST_PREFIX "desk/prompt_card/" PROPERTIES LABELS desk)
